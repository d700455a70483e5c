import GraphQLLanguage

extension ValidationRule {
    /// All Variables Used (spec §5.8.4): "All variables defined by an operation must be used in
    /// that operation or a fragment transitively included by that operation."
    public static let noUnusedVariables = ValidationRule(name: "NoUnusedVariablesRule") { context, visitor in
        var definitions: [VariableDefinition] = []
        visitor.onEnter(\.operation) { _ in definitions.removeAll(keepingCapacity: true) }
        visitor.onEnter(\.variableDefinition) { definition in definitions.append(definition) }
        visitor.onLeave(\.operation) { operation in
            let used = Set(context.recursiveVariableUsages(of: operation, index: context.currentDefinitionIndex)
                .map(\.variable.name.value))
            for definition in definitions where !used.contains(definition.variable.name.value) {
                let name = definition.variable.name.value
                let message = operation.name.map { "Variable \"$\(name)\" is never used in operation \"\($0.value)\"." }
                    ?? "Variable \"$\(name)\" is never used."
                context.report(message, definition.location)
            }
        }
    }
}
