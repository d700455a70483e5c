import GraphQLLanguage

extension ValidationRule {
    /// Root Operation Types (spec §3.3.1): each operation type may be given one root type, across
    /// the schema definition and its extensions.
    public static let uniqueOperationTypes = ValidationRule(name: "UniqueOperationTypesRule") { context, visitor in
        var defined: [OperationType: OperationTypeDefinition] = [:]
        visitor.onEnterMaySkip(\.schemaDefinition) { schema in
            for operationType in schema.node.operationTypes {
                if let first = defined[operationType.operation] {
                    context.report(
                        "There can be only one \(operationType.operation.rawValue) type in schema.",
                        [first.location, operationType.location])
                } else {
                    defined[operationType.operation] = operationType
                }
            }
            return .skipSubtree
        }
    }
}
