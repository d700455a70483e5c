import GraphQLLanguage

/// Proves in one pass that an executable document passes every specified rule (spec §5), or
/// gives up.
///
/// Valid documents are what a service mostly sees, and proving one valid needs little of what
/// reporting errors in graphql-js's order and wording does: no visitor dispatch over the rules, no
/// messages, no memo tables. Every check here is the rule's own condition or a stricter one; when
/// one fails, or the document uses something this pass leaves to the rules (subscriptions,
/// repeated directives, OneOf literals, variable directives), ``validate(_:against:rules:maxErrors:)``
/// runs the rules, which then report the errors, or none. Either way `validate` returns what the
/// rules return; `ValidityProofTests` checks that on every document of the rule tests.
struct ValidityProof {
    /// Why the proof gave up: the condition that failed or was not modelled.
    struct Unproven: Error {
        let reason: StaticString
        init(_ reason: StaticString) { self.reason = reason }
    }

    /// A variable used in a value, with what VariablesInAllowedPosition needs of its position.
    struct Usage {
        let name: String
        let type: GraphQLType
        let positionHasDefault: Bool
    }

    let schema: Schema
    var fragments: [FragmentDefinition] = []
    var fragmentTypes: [GraphQLNamedType] = []
    /// Fragment names, found by comparison when there are few and by (seeded) hashing when many:
    /// they come from the client, so they are not put in an unseeded ``NameTable``.
    private var fragmentNames: [String] = []
    private var fragmentIndexByName: [String: Int] = [:]
    /// The fragments each fragment spreads, directly, as indices into `fragments`.
    var fragmentSpreads: [[Int]] = []
    var fragmentUsages: [[Usage]] = []
    /// Where the walk records spreads and usages: a fragment's index, or nil for the operation.
    var recordingFragment: Int?
    var operationSpreads: [Int] = []
    var operationUsages: [Usage] = []
    /// A response key, with its ``NameTable/hash(_:)`` so that repeats are found by comparing
    /// numbers.
    struct Key {
        let name: String
        let hash: Int
    }

    /// Response keys of the selection sets being walked, innermost last.
    var keys: [Key] = []
    /// The response keys field collection finds in each fragment, once worked out, and which
    /// fragments are being worked out.
    var fragmentKeys: [[Key]?] = []
    var fragmentKeysInProgress: [Bool] = []
    /// Selection sets (with their parent types) whose collected fields repeat a response key.
    var setsWithRepeatedKeys: [(SelectionSet, GraphQLNamedType)] = []
    /// Selections (and fragment names) met by field collection, reused likewise.
    var pendingSelections: [(selections: [Selection], parent: GraphQLNamedType)] = []
    var collectedFragments: [Int] = []
    /// Fields collected for merging so far; past `collectionBudget` the rules take over, since
    /// field collection through fragments can grow with the square of the document.
    var collectedCount = 0
    static let collectionBudget = 20_000

    private init(schema: Schema) {
        self.schema = schema
    }

    /// Whether `document` provably passes every specified rule against `schema`.
    static func proves(_ document: Document, validAgainst schema: Schema) -> Bool {
        (try? check(document, against: schema)) != nil
    }

    /// Proves `document` valid, or says why not.
    static func check(_ document: Document, against schema: Schema) throws(Unproven) {
        var proof = ValidityProof(schema: schema)
        try proof.check(document)
    }

    private mutating func check(_ document: Document) throws(Unproven) {
        // ExecutableDefinitions (§5.1.1).
        var operations: [OperationDefinition] = []
        for definition in document.definitions {
            switch definition {
            case .operation(let operation): operations.append(operation)
            case .fragment(let fragment): fragments.append(fragment)
            case .typeSystem, .typeSystemExtension: throw Unproven("type-system definition")
            }
        }
        try checkOperationNames(operations)
        try indexFragments()
        fragmentSpreads = Array(repeating: [], count: fragments.count)
        fragmentUsages = Array(repeating: [], count: fragments.count)
        fragmentKeys = Array(repeating: nil, count: fragments.count)
        fragmentKeysInProgress = Array(repeating: false, count: fragments.count)
        for index in fragments.indices {
            recordingFragment = index
            let fragment = fragments[index]
            try walk(fragment.directives, at: .fragmentDefinition)
            try walk(fragment.selectionSet, parent: fragmentTypes[index])
        }
        // NoFragmentCycles (§5.5.2.2); collecting fields through fragments relies on it too.
        try checkAcyclic()
        recordingFragment = nil
        var used = Array(repeating: false, count: fragments.count)
        for operation in operations { try check(operation, markingUsed: &used) }
        // NoUnusedFragments (§5.5.1.4).
        guard !used.contains(false) else { throw Unproven("unused fragment") }
        try checkSetsWithRepeatedKeys()
    }

    /// UniqueOperationNames (§5.2.1.1) and LoneAnonymousOperation (§5.2.2.1).
    private func checkOperationNames(_ operations: [OperationDefinition]) throws(Unproven) {
        for (index, operation) in operations.enumerated() {
            guard let name = operation.name?.value else {
                if operations.count > 1 { throw Unproven("anonymous operation among several") }
                continue
            }
            for other in operations[..<index] where other.name?.value == name { throw Unproven("repeated operation name") }
        }
    }

    /// UniqueFragmentNames (§5.5.1.1), and each type condition a composite type of the schema
    /// (KnownTypeNames §5.5.1.2, FragmentsOnCompositeTypes §5.5.1.3).
    private mutating func indexFragments() throws(Unproven) {
        fragmentTypes.reserveCapacity(fragments.count)
        fragmentNames = fragments.map(\.name.value)
        for (index, fragment) in fragments.enumerated() {
            if fragments.count > 8 {
                guard fragmentIndexByName.updateValue(index, forKey: fragmentNames[index]) == nil else {
                    throw Unproven("repeated fragment name")
                }
            } else if fragmentNames[..<index].contains(fragmentNames[index]) {
                throw Unproven("repeated fragment name")
            }
            guard let type = schema.type(named: fragment.typeCondition.name.value), type.isCompositeType else {
                throw Unproven("fragment on an unknown or non-composite type")
            }
            fragmentTypes.append(type)
        }
    }

    /// The fragment a spread names (KnownFragmentNames §5.5.2.1).
    func fragmentIndex(_ name: String) throws(Unproven) -> Int {
        let found = fragmentNames.count > 8 ? fragmentIndexByName[name] : fragmentNames.firstIndex(of: name)
        guard let index = found else { throw Unproven("unknown fragment") }
        return index
    }

    /// No fragment reaches itself through spreads: a depth-first search on an explicit stack, so
    /// that long fragment chains cannot exhaust the thread's stack.
    private func checkAcyclic() throws(Unproven) {
        // 0: not visited, 1: on the current path, 2: done.
        var state = Array(repeating: UInt8(0), count: fragments.count)
        var stack: [(fragment: Int, nextSpread: Int)] = []
        for root in fragments.indices where state[root] == 0 {
            state[root] = 1
            stack.append((root, 0))
            while let (fragment, next) = stack.last {
                let spreads = fragmentSpreads[fragment]
                guard next < spreads.count else {
                    state[fragment] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].nextSpread = next + 1
                let target = spreads[next]
                switch state[target] {
                case 0:
                    state[target] = 1
                    stack.append((target, 0))
                case 1: throw Unproven("fragment cycle")
                default: break
                }
            }
        }
    }

    // MARK: Operations

    /// An operation: its variables, directives and selections, then the variable rules over the
    /// usages of the operation and every fragment it reaches.
    private mutating func check(_ operation: OperationDefinition, markingUsed used: inout [Bool]) throws(Unproven) {
        let location: DirectiveLocation
        switch operation.operation {
        case .query: location = .query
        case .mutation: location = .mutation
        // SingleFieldSubscriptions collects fields its own way: the rules check subscriptions.
        case .subscription: throw Unproven("subscription")
        }
        guard let root = schema.rootType(for: operation.operation) else { throw Unproven("no root type") }
        let definitions = operation.variableDefinitions
        var variableTypes: [GraphQLType] = []
        variableTypes.reserveCapacity(definitions.count)
        for (index, definition) in definitions.enumerated() {
            variableTypes.append(try check(definition, after: definitions[..<index]))
        }
        operationSpreads.removeAll(keepingCapacity: true)
        operationUsages.removeAll(keepingCapacity: true)
        try walk(operation.directives, at: location)
        try walk(operation.selectionSet, parent: .object(root))

        // The fragments the operation reaches, and the variables used along the way.
        var variableUsed = Array(repeating: false, count: definitions.count)
        try checkUsages(operationUsages, definitions, variableTypes, &variableUsed)
        var reached = Array(repeating: false, count: fragments.count)
        var pending = operationSpreads
        while let fragment = pending.popLast() {
            guard !reached[fragment] else { continue }
            reached[fragment] = true
            used[fragment] = true
            try checkUsages(fragmentUsages[fragment], definitions, variableTypes, &variableUsed)
            pending.append(contentsOf: fragmentSpreads[fragment])
        }
        // NoUnusedVariables (§5.8.4).
        guard !variableUsed.contains(false) else { throw Unproven("unused variable") }
    }

    /// A variable definition: a unique name (§5.8.1), a known input type (§5.8.2) and a default
    /// of that type; its type as the schema spells it.
    private mutating func check(_ definition: VariableDefinition, after earlier: ArraySlice<VariableDefinition>) throws(Unproven) -> GraphQLType {
        let name = definition.variable.name.value
        for other in earlier where other.variable.name.value == name { throw Unproven("repeated variable") }
        guard definition.directives.isEmpty else { throw Unproven("directive on a variable definition") }
        guard let named = schema.type(named: definition.type.namedType.name.value), named.isInputType else {
            throw Unproven("variable of an unknown or non-input type")
        }
        let type = GraphQLType(definition.type)
        if let defaultValue = definition.defaultValue { try checkConstant(defaultValue, type: type) }
        return type
    }

    /// NoUndefinedVariables (§5.8.3) and VariablesInAllowedPosition (§5.8.5) for some usages,
    /// marking the variables they use.
    private func checkUsages(
        _ usages: [Usage], _ definitions: [VariableDefinition], _ types: [GraphQLType], _ used: inout [Bool]
    ) throws(Unproven) {
        for usage in usages {
            guard let index = definitions.firstIndex(where: { $0.variable.name.value == usage.name }) else {
                throw Unproven("undefined variable")
            }
            used[index] = true
            guard ValidationRule.isVariableUsageAllowed(
                schema, types[index], definitions[index].defaultValue, usage.type, usage.positionHasDefault)
            else { throw Unproven("variable in a position of another type") }
        }
    }
}
