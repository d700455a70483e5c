import GraphQLLanguage

extension ValidationRule {
    /// Fragments On Composite Types (spec §5.5.1.3): "Fragments can only be declared on unions,
    /// interfaces, and objects."
    public static let fragmentsOnCompositeTypes = ValidationRule(name: "FragmentsOnCompositeTypesRule") { context, visitor in
        func isNonComposite(_ condition: NamedType) -> Bool {
            guard let type = context.schema.type(named: condition.name.value) else { return false }
            return !type.isCompositeType
        }
        visitor.onEnter(\.inlineFragment) { fragment in
            guard let condition = fragment.typeCondition, isNonComposite(condition) else { return }
            context.report(
                "Fragment cannot condition on non composite type \"\(condition.name.value)\".", condition.location)
        }
        visitor.onEnter(\.fragmentDefinition) { fragment in
            guard isNonComposite(fragment.typeCondition) else { return }
            context.report(
                "Fragment \"\(fragment.name.value)\" cannot condition on non composite type \"\(fragment.typeCondition.name.value)\".",
                fragment.typeCondition.location)
        }
    }
}
