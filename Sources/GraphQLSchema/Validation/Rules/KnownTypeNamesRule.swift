import GraphQLLanguage

extension ValidationRule {
    /// Fragment Spread Type Existence (spec §5.5.1.2): "Fragments must be specified on types that
    /// exist in the schema. This applies for both named and inline fragments." graphql-js applies
    /// the same check to variable types and, in SDL, to every type reference.
    public static let knownTypeNames = ValidationRule(name: "KnownTypeNamesRule") { context, visitor in
        var defined: [String] = []
        for case .typeSystem(.type(let type)) in context.document.definitions { defined.append(type.name.value) }
        let definedSet = Set(defined)
        let standardNames = GraphQLScalarType.specified.map(\.name) + IntrospectionTypes.all.map(\.name)
        visitor.onEnter(\.namedType) { named in
            let name = named.name.value
            guard context.schemaIfPresent?.type(named: name) == nil, !definedSet.contains(name) else { return }
            let existing = context.schemaIfPresent?.types.map(\.name) ?? []
            let isSDL = switch context.document.definitions[context.currentDefinitionIndex] {
            case .typeSystem, .typeSystemExtension: true
            case .operation, .fragment: false
            }
            if isSDL && standardNames.contains(name) { return }
            let candidates = isSDL ? standardNames + existing + defined : existing + defined
            context.report(
                "Unknown type \"\(name)\"." + Suggestions.didYouMean(Suggestions.list(name, candidates)), named.location)
        }
    }
}
