import GraphQLLanguage

extension ValidationRule {
    /// Objects, Interfaces, Input Objects (spec §3.6, §3.7, §3.10 "Type Validation"): "Each field
    /// must have a unique name within that type", across definition and extensions.
    public static let uniqueFieldDefinitionNames = ValidationRule(name: "UniqueFieldDefinitionNamesRule") { context, visitor in
        var knownByType: [String: [String: Name]] = [:]
        visitor.onEnter(\.typeDefinition) { type in
            let names: [Name]
            switch type.node {
            case .object(let node): names = node.fields.map(\.name)
            case .interface(let node): names = node.fields.map(\.name)
            case .inputObject(let node): names = node.fields.map(\.name)
            case .scalar, .union, .enumeration: return
            }
            let typeName = type.node.name.value
            for name in names {
                if let first = knownByType[typeName]?[name.value] {
                    context.report(
                        "Field \"\(typeName).\(name.value)\" can only be defined once.", [first.location, name.location])
                } else {
                    knownByType[typeName, default: [:]][name.value] = name
                }
            }
        }
    }
}
