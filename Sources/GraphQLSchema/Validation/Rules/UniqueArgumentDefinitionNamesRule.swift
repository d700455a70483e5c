import GraphQLLanguage

extension ValidationRule {
    /// Field and directive arguments (spec §3.6 "Type Validation", §3.13): "Each argument must
    /// have a unique name" within its field or directive.
    public static let uniqueArgumentDefinitionNames = ValidationRule(name: "UniqueArgumentDefinitionNamesRule") { context, visitor in
        func check(_ owner: String, _ arguments: [InputValueDefinition]) {
            for group in groupedByName(arguments.map(\.name)) where group.count > 1 {
                context.report("Argument \"\(owner)(\(group[0].value):)\" can only be defined once.", group.map(\.location))
            }
        }
        visitor.onEnter(\.directiveDefinition) { directive in check("@\(directive.name.value)", directive.arguments) }
        visitor.onEnter(\.typeDefinition) { type in
            let fields: [FieldDefinition]
            switch type.node {
            case .object(let node): fields = node.fields
            case .interface(let node): fields = node.fields
            default: return
            }
            for field in fields { check("\(type.node.name.value).\(field.name.value)", field.arguments) }
        }
    }
}
