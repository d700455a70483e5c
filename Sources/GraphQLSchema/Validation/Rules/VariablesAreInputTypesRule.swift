import GraphQLLanguage

extension ValidationRule {
    /// Variables Are Input Types (spec §5.8.2): "Variables can only be input types. Objects,
    /// unions, and interfaces cannot be used as inputs."
    public static let variablesAreInputTypes = ValidationRule(name: "VariablesAreInputTypesRule") { context, visitor in
        visitor.onEnter(\.variableDefinition) { definition in
            guard let type = context.schema.type(named: definition.type.namedType.name.value), !type.isInputType else { return }
            context.report(
                "Variable \"$\(definition.variable.name.value)\" cannot be non-input type \"\(definition.type)\".",
                definition.type.location)
        }
    }
}
