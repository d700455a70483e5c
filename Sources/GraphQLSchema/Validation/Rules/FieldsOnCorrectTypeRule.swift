import GraphQLLanguage

extension ValidationRule {
    /// Field Selections (spec §5.3.1): "Field selections must exist on Object, Interface, and
    /// Union types." The target field must be defined on the selection's parent type; like
    /// graphql-js, the error suggests types that have the field, else similarly named fields.
    public static let fieldsOnCorrectType = ValidationRule(name: "FieldsOnCorrectTypeRule") { context, visitor in
        visitor.onEnter(\.field) { field in
            guard let parentType = context.typeInfo.parentType, context.typeInfo.fieldDefinition == nil else { return }
            let fieldName = field.name.value
            var suggestion = Suggestions.didYouMean(
                suggestedTypeNames(context.schema, parentType, fieldName), subMessage: "to use an inline fragment on")
            if suggestion.isEmpty {
                let fieldNames = parentType.fields?.names ?? []
                suggestion = Suggestions.didYouMean(Suggestions.list(fieldName, fieldNames))
            }
            context.report("Cannot query field \"\(fieldName)\" on type \"\(parentType.name)\".\(suggestion)", field.location)
        }
    }

    /// The types under an abstract type that define `fieldName`, most used first, interfaces before
    /// their implementations, then in natural order (graphql-js `getSuggestedTypeNames`).
    private static func suggestedTypeNames(_ schema: Schema, _ type: GraphQLNamedType, _ fieldName: String) -> [String] {
        guard type.isAbstractType else { return [] }
        var suggested: [String] = []
        var usageCount: [String: Int] = [:]
        for possible in schema.possibleTypes(of: type.name) where possible.fields[fieldName] != nil {
            if usageCount[possible.name] == nil { suggested.append(possible.name) }
            usageCount[possible.name] = 1
            for interface in possible.interfaces where schema.type(named: interface)?.field(named: fieldName) != nil {
                if usageCount[interface] == nil { suggested.append(interface) }
                usageCount[interface, default: 0] += 1
            }
        }
        return suggested.sorted { a, b in
            let difference = usageCount[b, default: 0] - usageCount[a, default: 0]
            if difference != 0 { return difference < 0 }
            if schema.type(named: a)?.kind == .interface && schema.isSubType(b, of: a) { return true }
            if schema.type(named: b)?.kind == .interface && schema.isSubType(a, of: b) { return false }
            return Suggestions.naturalCompare(a, b) < 0
        }
    }
}
