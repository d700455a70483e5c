import GraphQLLanguage

extension ValidationRule {
    /// Argument Uniqueness (spec §5.4.2): "Fields and directives treat arguments as a mapping of
    /// argument name to value. More than one argument with the same name in an argument set is
    /// ambiguous and invalid."
    public static let uniqueArgumentNames = ValidationRule(name: "UniqueArgumentNamesRule") { context, visitor in
        func check(_ arguments: [Argument]) {
            guard arguments.count > 1, hasRepeatedName(arguments.lazy.map(\.name.value)) else { return }
            for group in groupedByName(arguments.map(\.name)) where group.count > 1 {
                context.report("There can be only one argument named \"\(group[0].value)\".", group.map(\.location))
            }
        }
        visitor.onEnter(\.field) { check($0.arguments) }
        visitor.onEnter(\.directive) { check($0.arguments) }
    }
}
