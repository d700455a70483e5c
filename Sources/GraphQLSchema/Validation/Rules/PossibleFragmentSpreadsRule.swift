import GraphQLLanguage

extension ValidationRule {
    /// Fragment spread is possible (spec §5.5.2.3): "Fragments are declared on a type and will
    /// only apply when the runtime object type matches the type condition." A spread whose type
    /// can never overlap its parent type is an error.
    public static let possibleFragmentSpreads = ValidationRule(name: "PossibleFragmentSpreadsRule") { context, visitor in
        visitor.onEnter(\.inlineFragment) { fragment in
            guard let fragmentType = context.typeInfo.namedType,
                  fragmentType.isCompositeType,
                  let parentType = context.typeInfo.parentType,
                  !context.schema.doTypesOverlap(fragmentType.name, parentType.name)
            else { return }
            context.report(
                "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                fragment.location)
        }
        visitor.onEnter(\.fragmentSpread) { spread in
            let name = spread.name.value
            guard let fragment = context.fragment(named: name),
                  let fragmentType = context.schema.type(named: fragment.typeCondition.name.value),
                  fragmentType.isCompositeType,
                  let parentType = context.typeInfo.parentType,
                  !context.schema.doTypesOverlap(fragmentType.name, parentType.name)
            else { return }
            context.report(
                "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                spread.location)
        }
    }
}
