import GraphQLLanguage

extension ValidationRule {
    /// Directives Are Defined (spec §5.7.1): "GraphQL servers define what directives they support.
    /// For each usage of a directive, the directive must be available on that server." And
    /// Directives Are In Valid Locations (spec §5.7.2): "GraphQL servers define what directives
    /// they support and where they support them."
    public static let knownDirectives = ValidationRule(name: "KnownDirectivesRule") { context, visitor in
        visitor.onEnter(\.directive) { directive in
            let name = directive.name.value
            guard let locations = context.knownDirective(named: name)?.locations else {
                context.report("Unknown directive \"@\(name)\".", directive.location)
                return
            }
            let location = context.directiveLocation
            if !locations.contains(location) {
                context.report("Directive \"@\(name)\" may not be used on \(location.rawValue).", directive.location)
            }
        }
    }
}
