import GraphQLLanguage

extension ValidationRule {
    /// Types (spec §3.4): "All types within a GraphQL schema must have unique names."
    public static let uniqueTypeNames = ValidationRule(name: "UniqueTypeNamesRule") { context, visitor in
        var known: [String: Name] = [:]
        visitor.onEnterMaySkip(\.typeDefinition) { type in
            guard !type.isExtension else { return .proceed }
            let name = type.node.name
            if let first = known[name.value] {
                context.report("There can be only one type named \"\(name.value)\".", [first.location, name.location])
            } else {
                known[name.value] = name
            }
            return .skipSubtree
        }
    }
}
