import GraphQLLanguage

extension ValidationRule {
    /// Directive definitions (spec §3.13): directive names must be unique within a schema.
    public static let uniqueDirectiveNames = ValidationRule(name: "UniqueDirectiveNamesRule") { context, visitor in
        var known: [String: Name] = [:]
        visitor.onEnterMaySkip(\.directiveDefinition) { directive in
            let name = directive.name
            if let first = known[name.value] {
                context.report("There can be only one directive named \"@\(name.value)\".", [first.location, name.location])
            } else {
                known[name.value] = name
            }
            return .skipSubtree
        }
    }
}
