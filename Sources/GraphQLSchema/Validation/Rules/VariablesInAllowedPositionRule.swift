import GraphQLLanguage

extension ValidationRule {
    /// All Variable Usages are Allowed (spec §5.8.5): "Variable usages must be compatible with
    /// the arguments they are passed to." A nullable variable may fill a non-null position only
    /// when the variable or the position has a default (`IsVariableUsageAllowed`).
    public static let variablesInAllowedPosition = ValidationRule(name: "VariablesInAllowedPositionRule") { context, visitor in
        var definitions: [String: VariableDefinition] = [:]
        visitor.onEnter(\.operation) { _ in definitions.removeAll(keepingCapacity: true) }
        visitor.onEnter(\.variableDefinition) { definition in definitions[definition.variable.name.value] = definition }
        visitor.onLeave(\.operation) { operation in
            let schema = context.schema
            for usage in context.recursiveVariableUsages(of: operation, index: context.currentDefinitionIndex) {
                let name = usage.variable.name.value
                guard let definition = definitions[name], let locationType = usage.type,
                      schema.type(named: definition.type.namedType.name.value) != nil
                else { continue }
                let variableType = GraphQLType(definition.type)
                if !isVariableUsageAllowed(schema, variableType, definition.defaultValue, locationType, usage.defaultValue != nil) {
                    context.report(
                        "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                        [definition.location, usage.variable.location])
                }
            }
        }
    }

    /// graphql-js `allowedVariableUsage`: whether a variable of this type and default may fill a
    /// position of that type, given whether the position has a default of its own.
    static func isVariableUsageAllowed(
        _ schema: Schema, _ variableType: GraphQLType, _ variableDefault: Value?,
        _ locationType: GraphQLType, _ locationHasDefault: Bool
    ) -> Bool {
        if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
            let hasNonNullVariableDefault = variableDefault.map { if case .null = $0.kind { false } else { true } } ?? false
            guard hasNonNullVariableDefault || locationHasDefault else { return false }
            return schema.isTypeSubType(variableType, of: nullableLocation)
        }
        return schema.isTypeSubType(variableType, of: locationType)
    }
}
