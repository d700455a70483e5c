import GraphQLLanguage

extension ValidationRule {
    /// Enums (spec §3.9 "Type Validation"): "All values of an Enum type must be unique", across the
    /// enum's definition and extensions.
    public static let uniqueEnumValueNames = ValidationRule(name: "UniqueEnumValueNamesRule") { context, visitor in
        var knownByType: [String: [String: Name]] = [:]
        visitor.onEnter(\.typeDefinition) { type in
            guard case .enumeration(let enumeration) = type.node else { return }
            let typeName = enumeration.name.value
            for value in enumeration.values {
                let name = value.name
                if let first = knownByType[typeName]?[name.value] {
                    context.report(
                        "Enum value \"\(typeName).\(name.value)\" can only be defined once.", [first.location, name.location])
                } else {
                    knownByType[typeName, default: [:]][name.value] = name
                }
            }
        }
    }
}
