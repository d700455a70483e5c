import GraphQLLanguage

extension ValidationRule {
    /// Leaf Field Selections (spec §5.3.3): "Field selections on scalars or enums are never
    /// allowed, because they are the leaf nodes of any GraphQL operation." Conversely, fields of
    /// object, interface and union types need a selection.
    public static let scalarLeafs = ValidationRule(name: "ScalarLeafsRule") { context, visitor in
        visitor.onEnter(\.field) { field in
            guard let type = context.typeInfo.type, let named = context.typeInfo.namedType else { return }
            let fieldName = field.name.value
            if named.isLeafType {
                if let selectionSet = field.selectionSet {
                    context.report(
                        "Field \"\(fieldName)\" must not have a selection since type \"\(type)\" has no subfields.",
                        selectionSet.location)
                }
            } else if field.selectionSet == nil {
                context.report(
                    "Field \"\(fieldName)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(fieldName) { ... }\"?",
                    field.location)
            }
        }
    }
}
