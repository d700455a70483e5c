import GraphQLLanguage

extension ValidationRule {
    /// Operation Name Uniqueness (spec §5.2.1.1): "Each named operation definition must be unique
    /// within a document when referred to by its name."
    public static let uniqueOperationNames = ValidationRule(name: "UniqueOperationNamesRule") { context, visitor in
        var known: [String: Name] = [:]
        visitor.onEnterMaySkip(\.operation) { operation in
            if let name = operation.name {
                if let first = known[name.value] {
                    context.report("There can be only one operation named \"\(name.value)\".", [first.location, name.location])
                } else {
                    known[name.value] = name
                }
            }
            return .skipSubtree
        }
        visitor.onEnterMaySkip(\.fragmentDefinition) { _ in .skipSubtree }
    }
}
