import GraphQLLanguage

/// Finds fields that cannot be merged (spec §5.3.2 `FieldsInSetCanMerge`), following graphql-js's
/// algorithm: each selection set is compared within itself and against the fragments it spreads;
/// field maps are cached per selection set and fragment pairs compared at most once.
final class ConflictFinder {
    private let context: ValidationContext
    private let schema: Schema
    private var cachedFieldMaps: [SpanKey: (FieldMap, [String])] = [:]
    private var comparedFragmentPairs = FragmentPairSet()
    private var limit = Int.max
    /// Pairs of selection sets being compared further up the stack. Through a fragment that
    /// spreads itself inside a field, a comparison can lead back to itself; graphql-js then
    /// recurses until its stack overflows. Here the repeated comparison finds nothing more.
    private var comparisonsInProgress: Set<SubSelectionPair> = []
    private var comparisonDepth = 0
    /// A backstop for documents built in code, whose nodes have no spans to recognise them by.
    private static let maxComparisonDepth = 200

    init(context: ValidationContext) {
        self.context = context
        self.schema = context.schema
    }

    /// Conflicts inside one selection set, including those its fragment spreads bring in; at most
    /// `limit` of them, since validation stops after its error limit anyway.
    func conflictsWithin(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?, limit: Int) -> [Conflict] {
        self.limit = limit
        if SpanKey(selectionSet.location).flatMap({ cachedFieldMaps[$0] }) == nil, !mayConflict(selectionSet) { return [] }
        var conflicts: [Conflict] = []
        let (fieldMap, fragmentNames) = fieldsAndFragmentNames(parentType?.name, selectionSet)
        collectConflictsWithin(&conflicts, fieldMap)
        for (index, fragmentName) in fragmentNames.enumerated() {
            collectConflictsBetween(&conflicts, mutuallyExclusive: false, fieldMap, fragment: fragmentName)
            for other in fragmentNames[(index + 1)...] {
                collectConflictsBetweenFragments(&conflicts, mutuallyExclusive: false, fragmentName, other)
            }
        }
        return conflicts
    }

    /// Whether a selection set can hold a conflict at all: only when a response name repeats or a
    /// fragment is spread. Most selection sets answer no without building a field map.
    private func mayConflict(_ selectionSet: SelectionSet) -> Bool {
        var keys: [String] = []
        func scan(_ set: SelectionSet) -> Bool {
            for selection in set.selections {
                switch selection {
                case .field(let field):
                    let key = field.responseKey
                    if keys.contains(key) { return true }
                    keys.append(key)
                    if keys.count > 16 { return true }
                case .fragmentSpread:
                    return true
                case .inlineFragment(let fragment):
                    if scan(fragment.selectionSet) { return true }
                }
            }
            return false
        }
        return scan(selectionSet)
    }

    // MARK: Collecting fields

    private func fieldsAndFragmentNames(_ parentTypeName: String?, _ selectionSet: SelectionSet) -> (FieldMap, [String]) {
        let key = SpanKey(selectionSet.location)
        if let key, let cached = cachedFieldMaps[key] { return cached }
        let fieldMap = FieldMap()
        var fragmentNames: [String] = []
        var seenFragments: Set<String> = []
        collectFields(parentTypeName, selectionSet, into: fieldMap, &fragmentNames, &seenFragments)
        let result = (fieldMap, fragmentNames)
        if let key { cachedFieldMaps[key] = result }
        return result
    }

    private func referencedFieldsAndFragmentNames(_ fragment: FragmentDefinition) -> (FieldMap, [String]) {
        if let key = SpanKey(fragment.selectionSet.location), let cached = cachedFieldMaps[key] { return cached }
        let typeName = fragment.typeCondition.name.value
        return fieldsAndFragmentNames(schema.type(named: typeName) != nil ? typeName : nil, fragment.selectionSet)
    }

    private func collectFields(
        _ parentTypeName: String?, _ selectionSet: SelectionSet, into fieldMap: FieldMap,
        _ fragmentNames: inout [String], _ seenFragments: inout Set<String>
    ) {
        let parentType = parentTypeName.flatMap { schema.type(named: $0) }
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let definition = parentType?.field(named: field.name.value)
                let isLeaf = definition.flatMap { schema.type(named: $0.type.namedType)?.isLeafType } ?? false
                fieldMap.append(
                    FieldAndDefinition(
                        parentTypeName: parentTypeName, parentIsObject: parentType?.kind == .object, field: field,
                        definitionType: definition?.type, namedTypeIsLeaf: isLeaf),
                    as: field.responseKey)
            case .fragmentSpread(let spread):
                if seenFragments.insert(spread.name.value).inserted { fragmentNames.append(spread.name.value) }
            case .inlineFragment(let fragment):
                var typeName = parentTypeName
                if let condition = fragment.typeCondition {
                    typeName = schema.type(named: condition.name.value) != nil ? condition.name.value : nil
                }
                collectFields(typeName, fragment.selectionSet, into: fieldMap, &fragmentNames, &seenFragments)
            }
        }
    }

    // MARK: Comparing collections

    /// Conflicts between fields and a fragment, then the fragments it spreads (depth first, each
    /// pair once). Iterative, in graphql-js's order, so long fragment chains cannot exhaust the stack.
    private func collectConflictsBetween(
        _ conflicts: inout [Conflict], mutuallyExclusive: Bool, _ fieldMap: FieldMap, fragment fragmentName: String
    ) {
        var stack = DepthFirstStack<String, String>()
        func visit(_ name: String) {
            guard let fragment = context.fragment(named: name) else { return }
            let (fieldMap2, referencedNames) = referencedFieldsAndFragmentNames(fragment)
            if fieldMap === fieldMap2 { return }
            collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap, fieldMap2)
            stack.push(referencedNames, context: name)
        }
        visit(fragmentName)
        while let (referenced, name) = stack.next() {
            if comparedFragmentPairs.contains(referenced, name, mutuallyExclusive: mutuallyExclusive) { continue }
            comparedFragmentPairs.insert(referenced, name, mutuallyExclusive: mutuallyExclusive)
            visit(referenced)
        }
    }

    /// Conflicts between two fragments, then between each and the other's spread fragments
    /// (depth first, each pair once). Iterative, in graphql-js's order.
    private func collectConflictsBetweenFragments(
        _ conflicts: inout [Conflict], mutuallyExclusive: Bool, _ name1: String, _ name2: String
    ) {
        var pending = DepthFirstStack<(String, String), Void>()
        func visit(_ name1: String, _ name2: String) {
            if name1 == name2 { return }
            if comparedFragmentPairs.contains(name1, name2, mutuallyExclusive: mutuallyExclusive) { return }
            comparedFragmentPairs.insert(name1, name2, mutuallyExclusive: mutuallyExclusive)
            guard let fragment1 = context.fragment(named: name1), let fragment2 = context.fragment(named: name2) else { return }
            let (fieldMap1, referenced1) = referencedFieldsAndFragmentNames(fragment1)
            let (fieldMap2, referenced2) = referencedFieldsAndFragmentNames(fragment2)
            collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap1, fieldMap2)
            pending.push(referenced2.map { (name1, $0) } + referenced1.map { ($0, name2) }, context: ())
        }
        visit(name1, name2)
        while let ((first, second), _) = pending.next() { visit(first, second) }
    }

    private func conflictsBetweenSubSelectionSets(
        mutuallyExclusive: Bool, _ parentType1: String?, _ selectionSet1: SelectionSet,
        _ parentType2: String?, _ selectionSet2: SelectionSet
    ) -> [Conflict] {
        let pair = SubSelectionPair(selectionSet1, selectionSet2, mutuallyExclusive)
        if let pair, comparisonsInProgress.contains(pair) { return [] }
        if comparisonDepth >= ConflictFinder.maxComparisonDepth { return [] }
        if let pair { comparisonsInProgress.insert(pair) }
        comparisonDepth += 1
        defer {
            comparisonDepth -= 1
            if let pair { comparisonsInProgress.remove(pair) }
        }
        var conflicts: [Conflict] = []
        let (fieldMap1, fragmentNames1) = fieldsAndFragmentNames(parentType1, selectionSet1)
        let (fieldMap2, fragmentNames2) = fieldsAndFragmentNames(parentType2, selectionSet2)
        collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap1, fieldMap2)
        for name in fragmentNames2 {
            collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap1, fragment: name)
        }
        for name in fragmentNames1 {
            collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap2, fragment: name)
        }
        for name1 in fragmentNames1 {
            for name2 in fragmentNames2 {
                collectConflictsBetweenFragments(&conflicts, mutuallyExclusive: mutuallyExclusive, name1, name2)
            }
        }
        return conflicts
    }

    private func collectConflictsWithin(_ conflicts: inout [Conflict], _ fieldMap: FieldMap) {
        for group in fieldMap.groups where group.fields.count > 1 {
            let fields = group.fields
            // Structurally identical selections compare alike; remember pairs of shapes found not
            // to conflict so that thousands of repeated fields cost one comparison per shape pair.
            var shapes = fields.count > 3 ? FieldShapes(fields) : nil
            for i in fields.indices {
                for j in (i + 1)..<fields.count {
                    if conflicts.count >= limit { return }
                    if shapes?.knownMergeable(i, j) == true { continue }
                    if let conflict = findConflict(group.responseName, fields[i], fields[j], mutuallyExclusive: false) {
                        conflicts.append(conflict)
                    } else {
                        shapes?.markMergeable(i, j)
                    }
                }
            }
        }
    }

    private func collectConflictsBetween(
        _ conflicts: inout [Conflict], mutuallyExclusive: Bool, _ fieldMap1: FieldMap, _ fieldMap2: FieldMap
    ) {
        for group in fieldMap1.groups {
            guard let fields2 = fieldMap2.fields(named: group.responseName) else { continue }
            for field1 in group.fields {
                for field2 in fields2 {
                    if conflicts.count >= limit { return }
                    if let conflict = findConflict(group.responseName, field1, field2, mutuallyExclusive: mutuallyExclusive) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    // MARK: Comparing two fields

    private func findConflict(
        _ responseName: String, _ first: FieldAndDefinition, _ second: FieldAndDefinition, mutuallyExclusive parentsExclusive: Bool
    ) -> Conflict? {
        let node1 = first.field, node2 = second.field
        let mutuallyExclusive = parentsExclusive
            || (first.parentTypeName != second.parentTypeName && first.parentIsObject && second.parentIsObject)
        if !mutuallyExclusive {
            if node1.name.value != node2.name.value {
                return Conflict(
                    reason: ConflictReason(
                        responseName: responseName,
                        detail: .text("\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields")),
                    fields1: [node1], fields2: [node2])
            }
            if !ArgumentComparison.same(node1.arguments, node2.arguments) {
                return Conflict(
                    reason: ConflictReason(responseName: responseName, detail: .text("they have differing arguments")),
                    fields1: [node1], fields2: [node2])
            }
        }
        if let type1 = first.definitionType, let type2 = second.definitionType,
           Self.typesConflict(type1, type2, leaf1: first.namedTypeIsLeaf, leaf2: second.namedTypeIsLeaf) {
            return Conflict(
                reason: ConflictReason(
                    responseName: responseName, detail: .text("they return conflicting types \"\(type1)\" and \"\(type2)\"")),
                fields1: [node1], fields2: [node2])
        }
        guard let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet else { return nil }
        let subconflicts = conflictsBetweenSubSelectionSets(
            mutuallyExclusive: mutuallyExclusive, namedTypeName(first.definitionType), selectionSet1,
            namedTypeName(second.definitionType), selectionSet2)
        guard !subconflicts.isEmpty else { return nil }
        return Conflict(
            reason: ConflictReason(responseName: responseName, detail: .subfields(subconflicts.map(\.reason))),
            fields1: [node1] + subconflicts.flatMap(\.fields1),
            fields2: [node2] + subconflicts.flatMap(\.fields2))
    }

    private func namedTypeName(_ type: GraphQLType?) -> String? {
        guard let name = type?.namedType, schema.type(named: name) != nil else { return nil }
        return name
    }

    /// Two types conflict when no value could satisfy both: lists and non-null markers must match
    /// and leaf types must be the same; composite types are compared through their subfields.
    static func typesConflict(_ type1: GraphQLType, _ type2: GraphQLType, leaf1: Bool, leaf2: Bool) -> Bool {
        switch (type1, type2) {
        case (.list(let inner1), .list(let inner2)): return typesConflict(inner1, inner2, leaf1: leaf1, leaf2: leaf2)
        case (.list, _), (_, .list): return true
        case (.nonNull(let inner1), .nonNull(let inner2)): return typesConflict(inner1, inner2, leaf1: leaf1, leaf2: leaf2)
        case (.nonNull, _), (_, .nonNull): return true
        case (.named(let name1), .named(let name2)): return (leaf1 || leaf2) && name1 != name2
        }
    }
}

/// Numbers the fields of one response name by shape (the same parent type and the same field,
/// arguments, directives and subselections, wherever they stand) and remembers which pairs of
/// shapes were found mergeable.
private struct FieldShapes {
    private let ids: [Int]
    private let shapeCount: Int
    /// A shape-by-shape matrix when there are few shapes (the hostile case), else a set of pairs.
    private var matrix: [Bool]
    private var pairs: Set<Int> = []

    init(_ fields: [FieldAndDefinition]) {
        var idByShape: [Shape: Int] = [:]
        ids = fields.map { field in
            let shape = Shape(parentTypeName: field.parentTypeName, field: field.field)
            if let id = idByShape[shape] { return id }
            let id = idByShape.count
            idByShape[shape] = id
            return id
        }
        shapeCount = idByShape.count
        matrix = shapeCount <= 256 ? Array(repeating: false, count: shapeCount * shapeCount) : []
    }

    func knownMergeable(_ i: Int, _ j: Int) -> Bool {
        let key = ids[i] * shapeCount + ids[j]
        return matrix.isEmpty ? pairs.contains(key) : matrix[key]
    }

    mutating func markMergeable(_ i: Int, _ j: Int) {
        for key in [ids[i] * shapeCount + ids[j], ids[j] * shapeCount + ids[i]] {
            if matrix.isEmpty { pairs.insert(key) } else { matrix[key] = true }
        }
    }

    private struct Shape: Hashable {
        let parentTypeName: String?
        let field: Field
    }
}

/// Two selection sets compared with one another, and whether their parents were exclusive.
private struct SubSelectionPair: Hashable {
    let first: SpanKey
    let second: SpanKey
    let mutuallyExclusive: Bool

    init?(_ first: SelectionSet, _ second: SelectionSet, _ mutuallyExclusive: Bool) {
        guard let firstKey = SpanKey(first.location), let secondKey = SpanKey(second.location) else { return nil }
        self.first = firstKey
        self.second = secondKey
        self.mutuallyExclusive = mutuallyExclusive
    }
}
