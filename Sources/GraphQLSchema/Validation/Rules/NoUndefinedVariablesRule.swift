import GraphQLLanguage

extension ValidationRule {
    /// All Variable Uses Defined (spec §5.8.3): "Variables are scoped on a per-operation basis.
    /// That means that any variable used within the context of an operation must be defined at the
    /// top level of that operation"
    public static let noUndefinedVariables = ValidationRule(name: "NoUndefinedVariablesRule") { context, visitor in
        var defined: Set<String> = []
        visitor.onEnter(\.operation) { _ in defined.removeAll(keepingCapacity: true) }
        visitor.onEnter(\.variableDefinition) { definition in defined.insert(definition.variable.name.value) }
        visitor.onLeave(\.operation) { operation in
            for usage in context.recursiveVariableUsages(of: operation, index: context.currentDefinitionIndex) {
                let name = usage.variable.name.value
                guard !defined.contains(name) else { continue }
                let message = operation.name.map { "Variable \"$\(name)\" is not defined by operation \"\($0.value)\"." }
                    ?? "Variable \"$\(name)\" is not defined."
                context.report(message, [usage.variable.location, operation.location])
            }
        }
    }
}
