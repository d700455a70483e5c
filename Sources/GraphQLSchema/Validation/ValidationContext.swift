import GraphQLLanguage

/// What rules share during one validation run: the schema and document, the type information of
/// the current position, collected errors, and memoised facts about fragments and variables
/// (graphql-js `ValidationContext`).
final class ValidationContext {
    /// The schema; nil only while validating SDL on its own (``validateSDL(_:)``).
    let schemaIfPresent: Schema?
    let document: Document
    let typeInfo: TypeInfo
    private let maxErrors: Int
    private(set) var errors: [GraphQLError] = []
    private(set) var isAborted = false

    /// The index in the document of the definition being walked.
    var currentDefinitionIndex = 0
    /// What the directives being walked are attached to.
    var directiveLocation: DirectiveLocation = .query

    private var fragmentsByName: [String: FragmentDefinition]?
    private var spreadsBySelectionSet: [SpanKey: [FragmentSpread]] = [:]
    private var referencedFragmentsByOperation: [Int: [FragmentDefinition]] = [:]
    private var variableUsagesByFragment: [String: [VariableUsage]] = [:]
    /// Usages the main walk has recorded, by definition index; complete for every definition up
    /// to and including the one being walked.
    private var recordedUsages: [Int: [VariableUsage]] = [:]
    private var fragmentIndexByName: [String: Int]?
    private var recursiveUsagesByOperation: [Int: [VariableUsage]] = [:]

    /// Directives the document itself defines (SDL), which take precedence over the schema's.
    private let documentDirectives: [String: DirectiveDefinition]

    init(schema: Schema?, document: Document, typeInfo: TypeInfo, maxErrors: Int) {
        self.schemaIfPresent = schema
        self.document = document
        self.typeInfo = typeInfo
        self.maxErrors = maxErrors
        var directives: [String: DirectiveDefinition] = [:]
        for case .typeSystem(.directive(let definition)) in document.definitions { directives[definition.name.value] = definition }
        self.documentDirectives = directives
    }

    /// A directive as the directive rules see it: defined by the document, else by the schema
    /// (or, for SDL on its own, the specified directives).
    enum KnownDirective {
        case schema(GraphQLDirective)
        case document(DirectiveDefinition)

        var locations: [DirectiveLocation] {
            switch self {
            case .schema(let directive): directive.locations
            case .document(let definition): definition.locations.compactMap { DirectiveLocation(rawValue: $0.value) }
            }
        }

        var isRepeatable: Bool {
            switch self {
            case .schema(let directive): directive.isRepeatable
            case .document(let definition): definition.isRepeatable
            }
        }

        var argumentNames: [String] {
            switch self {
            case .schema(let directive): directive.arguments.names
            case .document(let definition): definition.arguments.map(\.name.value)
            }
        }

        /// Arguments that are non-null without a default, with their types as written.
        var requiredArguments: [(name: String, type: String)] {
            switch self {
            case .schema(let directive):
                directive.arguments.filter(\.isRequired).map { ($0.name, $0.type.description) }
            case .document(let definition):
                definition.arguments.filter { argument in
                    if case .nonNull = argument.type { argument.defaultValue == nil } else { false }
                }.map { ($0.name.value, $0.type.description) }
            }
        }
    }

    func knownDirective(named name: String) -> KnownDirective? {
        if let definition = documentDirectives[name] { return .document(definition) }
        if let schema = schemaIfPresent { return schema.directive(named: name).map(KnownDirective.schema) }
        return GraphQLDirective.specified.first { $0.name == name }.map(KnownDirective.schema)
    }

    /// The schema of an executable validation; rules that need one only run when there is one.
    var schema: Schema {
        guard let schemaIfPresent else { preconditionFailure("executable validation rule run without a schema") }
        return schemaIfPresent
    }

    /// How many more errors may be reported before validation stops (the stopping error included).
    var remainingErrorBudget: Int { isAborted ? 0 : max(maxErrors - errors.count + 1, 0) }

    /// Records an error, or stops validation with graphql-js's message once the limit is reached.
    func report(_ message: String, _ locations: [Location]) {
        guard !isAborted else { return }
        if errors.count >= maxErrors {
            errors.append(GraphQLError(
                "Too many validation errors, error limit reached. Validation aborted.",
                extensions: [("code", "GRAPHQL_VALIDATION_FAILED")]))
            isAborted = true
            return
        }
        errors.append(GraphQLError(
            message, locations: locations.map(\.sourceLocation), extensions: [("code", "GRAPHQL_VALIDATION_FAILED")]))
    }

    func report(_ message: String, _ location: Location) {
        report(message, [location])
    }

    // MARK: Fragments

    /// The fragment called `name`; when several share it, the last (as graphql-js keeps them).
    func fragment(named name: String) -> FragmentDefinition? {
        if fragmentsByName == nil {
            var map: [String: FragmentDefinition] = [:]
            for fragment in document.fragments { map[fragment.name.value] = fragment }
            fragmentsByName = map
        }
        return fragmentsByName?[name]
    }

    /// The fragment spreads inside a selection set, not following fragments, in graphql-js's order.
    func fragmentSpreads(of selectionSet: SelectionSet) -> [FragmentSpread] {
        let key = SpanKey(selectionSet.location)
        if let key, let cached = spreadsBySelectionSet[key] { return cached }
        var spreads: [FragmentSpread] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let subselection = field.selectionSet { setsToVisit.append(subselection) }
                case .inlineFragment(let fragment): setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        if let key { spreadsBySelectionSet[key] = spreads }
        return spreads
    }

    /// The fragments an operation uses, directly or through other fragments.
    func recursivelyReferencedFragments(of operation: OperationDefinition, index: Int) -> [FragmentDefinition] {
        if let cached = referencedFragmentsByOperation[index] { return cached }
        var fragments: [FragmentDefinition] = []
        var collected: Set<String> = []
        var setsToVisit = [operation.selectionSet]
        while let set = setsToVisit.popLast() {
            for spread in fragmentSpreads(of: set) where collected.insert(spread.name.value).inserted {
                if let fragment = fragment(named: spread.name.value) {
                    fragments.append(fragment)
                    setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        referencedFragmentsByOperation[index] = fragments
        return fragments
    }

    // MARK: Variables

    /// A variable used in a value, with the type and default value of the position it fills.
    struct VariableUsage {
        let variable: Variable
        let type: GraphQLType?
        let defaultValue: Value?
    }

    /// Records a variable met by the main walk outside variable definitions, with the type
    /// information of its position (what a fresh walk of the definition would find).
    func recordVariableUsage(_ variable: Variable) {
        recordedUsages[currentDefinitionIndex, default: []].append(
            VariableUsage(variable: variable, type: typeInfo.inputType, defaultValue: typeInfo.defaultValue))
    }

    /// Variables used by the operation at `index` (being left by the walk), directly or through
    /// the fragments it uses.
    func recursiveVariableUsages(of operation: OperationDefinition, index: Int) -> [VariableUsage] {
        if let cached = recursiveUsagesByOperation[index] { return cached }
        var usages = recordedUsages[index] ?? []
        if fragmentIndexByName == nil {
            var indexes: [String: Int] = [:]
            for (position, definition) in document.definitions.enumerated() {
                if case .fragment(let fragment) = definition { indexes[fragment.name.value] = position }
            }
            fragmentIndexByName = indexes
        }
        for fragment in recursivelyReferencedFragments(of: operation, index: index) {
            if let cached = variableUsagesByFragment[fragment.name.value] {
                usages += cached
            } else if let position = fragmentIndexByName?[fragment.name.value], position < index {
                let recorded = recordedUsages[position] ?? []
                variableUsagesByFragment[fragment.name.value] = recorded
                usages += recorded
            } else {
                var collector = VariableUsageCollector(schema: schemaIfPresent)
                collector.collect(fragment)
                variableUsagesByFragment[fragment.name.value] = collector.usages
                usages += collector.usages
            }
        }
        recursiveUsagesByOperation[index] = usages
        return usages
    }
}

/// Identifies a parsed node by its source span; nodes built in code (no span) are not cached.
struct SpanKey: Hashable {
    let start: Int
    let end: Int

    init?(_ location: Location) {
        guard location.end > location.start else { return nil }
        start = location.start
        end = location.end
    }
}
