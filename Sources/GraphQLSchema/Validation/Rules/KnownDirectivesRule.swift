import GraphQLLanguage

extension ValidationRule {
    /// Directives Are Defined (spec §5.7.1): "GraphQL servers define what directives they support.
    /// For each usage of a directive, the directive must be available on that server." And
    /// Directives Are In Valid Locations (spec §5.7.2): "GraphQL servers define what directives
    /// they support and where they support them."
    public static let knownDirectives = ValidationRule(name: "KnownDirectivesRule") { context, visitor in
        var locationsByName: [String: [DirectiveLocation]] = [:]
        for directive in context.schemaIfPresent?.directives ?? GraphQLDirective.specified {
            locationsByName[directive.name] = directive.locations
        }
        for case .typeSystem(.directive(let definition)) in context.document.definitions {
            locationsByName[definition.name.value] = definition.locations.compactMap { DirectiveLocation(rawValue: $0.value) }
        }
        visitor.onEnter(\.directive) { directive in
            let name = directive.name.value
            guard let locations = locationsByName[name] else {
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
