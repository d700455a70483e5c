import GraphQLLanguage

extension ValidationRule {
    /// Lone Anonymous Operation (spec §5.2.2.1): "GraphQL allows a short-hand form for defining
    /// query operations when only that one operation exists in the document."
    public static let loneAnonymousOperation = ValidationRule(name: "LoneAnonymousOperationRule") { context, visitor in
        var operationCount = 0
        visitor.onEnter(\.document) { document in
            operationCount = document.definitions.count { if case .operation = $0 { true } else { false } }
        }
        visitor.onEnter(\.operation) { operation in
            if operation.name == nil && operationCount > 1 {
                context.report("This anonymous operation must be the only defined operation.", operation.location)
            }
        }
    }
}
