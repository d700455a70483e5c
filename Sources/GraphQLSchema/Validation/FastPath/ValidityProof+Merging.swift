import GraphQLLanguage

extension ValidityProof {
    /// Field Selection Merging (§5.3.2) for one selection set, whose collected response keys are
    /// `keys[firstKey...]`: when every key occurs once, nothing can conflict; repeated keys are
    /// compared.
    ///
    /// Sets with repeated keys are compared once the whole document has been walked: comparing
    /// follows fragments into subselections, which only ends once fragment cycles are ruled out.
    mutating func checkMerging(_ selectionSet: SelectionSet, parent: GraphQLNamedType, keysFrom firstKey: Int) throws(Unproven) {
        if Self.hasRepeatedKey(keys[firstKey...]) { setsWithRepeatedKeys.append((selectionSet, parent)) }
    }

    /// Compares the fields of every set with repeated keys; fragments must be acyclic by now.
    mutating func checkSetsWithRepeatedKeys() throws(Unproven) {
        for (selectionSet, parent) in setsWithRepeatedKeys { try checkMergeable([(selectionSet, parent)], depth: 0) }
    }

    /// Pushes on `keys` the response keys field collection finds in a spread fragment (through
    /// its inline fragments and the fragments it spreads), each fragment's worked out once.
    ///
    /// A fragment spread twice within one set contributes its keys twice, which then count as
    /// repeated and are compared: slower than graphql-js's one collection per fragment, never
    /// more lenient. Fragments spread through more than a few levels are left to the rules, so
    /// that the recursion stays shallow.
    mutating func appendKeys(ofFragment fragment: Int, depth: Int = 0) throws(Unproven) {
        if let cached = fragmentKeys[fragment] {
            collectedCount += cached.count
            if collectedCount > Self.collectionBudget { throw Unproven("field collection over budget") }
            keys.append(contentsOf: cached)
            return
        }
        guard depth < 32 else { throw Unproven("fragments spread too deep") }
        guard !fragmentKeysInProgress[fragment] else { throw Unproven("fragment cycle") }
        fragmentKeysInProgress[fragment] = true
        let first = keys.count
        try appendKeys(of: fragments[fragment].selectionSet, depth: depth)
        fragmentKeys[fragment] = Array(keys[first...])
        fragmentKeysInProgress[fragment] = false
    }

    private mutating func appendKeys(of selectionSet: SelectionSet, depth: Int) throws(Unproven) {
        let selections = selectionSet.selections
        collectedCount += selections.count
        if collectedCount > Self.collectionBudget { throw Unproven("field collection over budget") }
        for index in selections.indices {
            switch selections[index] {
            case .field(let field):
                let key = field.responseKey
                keys.append(Key(name: key, hash: NameTable.hash(key)))
            case .inlineFragment(let fragment):
                try appendKeys(of: fragment.selectionSet, depth: depth)
            case .fragmentSpread(let spread):
                try appendKeys(ofFragment: try fragmentIndex(spread.name.value), depth: depth + 1)
            }
        }
    }

    /// Whether any key occurs twice, by comparing hashes (and names when hashes are equal).
    private static func hasRepeatedKey(_ keys: ArraySlice<Key>) -> Bool {
        guard keys.count > 1 else { return false }
        if keys.count > 32 { return Set(keys.lazy.map(\.name)).count != keys.count }
        for index in keys.indices.dropFirst() {
            let key = keys[index]
            for other in keys.startIndex..<index where keys[other].hash == key.hash && keys[other].name == key.name {
                return true
            }
        }
        return false
    }

    /// Visits the fields of `selectionSets` in the order field collection finds them, each
    /// fragment once, with the type each was selected on, on an explicit stack so that fragment
    /// chains cannot exhaust the thread's stack.
    ///
    /// Collection through fragments can grow quadratically with the document; past a budget the
    /// proof gives up and the rules, which memoise, take over.
    private mutating func collectFields(
        _ selectionSets: [(SelectionSet, GraphQLNamedType)],
        _ visit: (inout ValidityProof, Field, _ parent: GraphQLNamedType) throws(Unproven) -> Void
    ) throws(Unproven) {
        collectedFragments.removeAll(keepingCapacity: true)
        defer { pendingSelections.removeAll(keepingCapacity: true) }
        for (selectionSet, parent) in selectionSets.reversed() { pendingSelections.append((selectionSet.selections, parent)) }
        while let (selections, parent) = pendingSelections.popLast() {
            collectedCount += selections.count
            if collectedCount > Self.collectionBudget { throw Unproven("field collection over budget") }
            // Nested selections are pushed in reverse so that they are met in document order.
            let firstNested = pendingSelections.count
            for selection in selections {
                switch selection {
                case .field(let field):
                    try visit(&self, field, parent)
                case .inlineFragment(let fragment):
                    var type = parent
                    if let condition = fragment.typeCondition {
                        guard let named = schema.type(named: condition.name.value) else { throw Unproven("unknown type condition") }
                        type = named
                    }
                    pendingSelections.append((fragment.selectionSet.selections, type))
                case .fragmentSpread(let spread):
                    let fragment = try fragmentIndex(spread.name.value)
                    guard !collectedFragments.contains(fragment) else { continue }
                    collectedFragments.append(fragment)
                    pendingSelections.append((fragments[fragment].selectionSet.selections, fragmentTypes[fragment]))
                }
            }
            pendingSelections[firstNested...].reverse()
        }
    }

    /// A field collected for comparison, with the parent type it was selected on.
    private struct CollectedField {
        let field: Field
        let parent: GraphQLNamedType
    }

    /// Fields of several selection sets collected together (with their parent types), where
    /// every two under one response key must merge: what graphql-js's `findConflict` compares,
    /// pair by pair and then through their subselections.
    ///
    /// Comparing all sets at once, and treating no parents as mutually exclusive, is stricter than
    /// graphql-js, never more lenient. Fields with the same parent type, name and arguments compare
    /// alike, so each group is compared by its distinct fields only.
    private mutating func checkMergeable(_ selectionSets: [(SelectionSet, GraphQLNamedType)], depth: Int) throws(Unproven) {
        // Subselections reached through fragments nest as deep as fragments chain; past a few
        // levels the rules, which compare without recursion through fragments, take over.
        guard depth < 32 else { throw Unproven("fields to compare nest too deep") }
        var groups: [String: [CollectedField]] = [:]
        var order: [String] = []
        try collectFields(selectionSets) { _, field, parent in
            let key = field.responseKey
            if groups[key]?.append(CollectedField(field: field, parent: parent)) == nil {
                groups[key] = [CollectedField(field: field, parent: parent)]
                order.append(key)
            }
        }
        for key in order {
            guard let fields = groups[key], fields.count > 1 else { continue }
            var distinct: [CollectedField] = []
            for field in fields where !distinct.contains(where: { Self.compareAlike($0, field) }) {
                if distinct.count == 16 { throw Unproven("too many distinct fields under one response key") }
                for other in distinct { try checkPair(other, field) }
                distinct.append(field)
            }
            var subselections: [(SelectionSet, GraphQLNamedType)] = []
            for collected in fields {
                guard let selectionSet = collected.field.selectionSet,
                      let definition = schema.fieldDefinition(named: collected.field.name.value, on: collected.parent),
                      let type = schema.namedType(of: definition)
                else { continue }
                subselections.append((selectionSet, type))
            }
            if subselections.count > 1 { try checkMergeable(subselections, depth: depth + 1) }
        }
    }

    /// Fields with the same parent type, name and arguments: any comparison treats them alike.
    private static func compareAlike(_ a: CollectedField, _ b: CollectedField) -> Bool {
        a.parent.name == b.parent.name && a.field.name.value == b.field.name.value && a.field.arguments == b.field.arguments
    }

    /// graphql-js `findConflict` for two fields under one response key, short of subselections.
    private func checkPair(_ first: CollectedField, _ second: CollectedField) throws(Unproven) {
        let exclusive = first.parent.name != second.parent.name && first.parent.kind == .object && second.parent.kind == .object
        if !exclusive {
            guard first.field.name.value == second.field.name.value,
                  ArgumentComparison.same(first.field.arguments, second.field.arguments)
            else { throw Unproven("fields under one key differ") }
        }
        guard let definition1 = schema.fieldDefinition(named: first.field.name.value, on: first.parent),
              let definition2 = schema.fieldDefinition(named: second.field.name.value, on: second.parent),
              let named1 = schema.namedType(of: definition1),
              let named2 = schema.namedType(of: definition2)
        else { throw Unproven("field of an unknown type") }
        if ConflictFinder.typesConflict(definition1.type, definition2.type, leaf1: named1.isLeafType, leaf2: named2.isLeafType) {
            throw Unproven("fields under one key return conflicting types")
        }
    }
}
