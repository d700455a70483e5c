import GraphQLLanguage

extension ValidationRule {
    /// Fragment Name Uniqueness (spec §5.5.1.1): "Fragment definitions are referenced in fragment
    /// spreads by name. To avoid ambiguity, each fragment's name must be unique within a document."
    public static let uniqueFragmentNames = ValidationRule(name: "UniqueFragmentNamesRule") { context, visitor in
        var known: [String: Name] = [:]
        visitor.onEnterMaySkip(\.operation) { _ in .skipSubtree }
        visitor.onEnterMaySkip(\.fragmentDefinition) { fragment in
            let name = fragment.name
            if let first = known[name.value] {
                context.report("There can be only one fragment named \"\(name.value)\".", [first.location, name.location])
            } else {
                known[name.value] = name
            }
            return .skipSubtree
        }
    }
}
