import GraphQLLanguage

extension ValidationRule {
    /// Values of Correct Type (spec §5.6.1): "Literal values must be compatible with the type
    /// expected in the position they are found as per the coercion rules defined in the Type
    /// System chapter." Also Input Object Field Names (§5.6.2) and Input Object Required Fields
    /// (§5.6.4), which graphql-js checks here too.
    public static let valuesOfCorrectType = ValidationRule(name: "ValuesOfCorrectTypeRule") { context, visitor in
        let typeInfo = context.typeInfo
        let schema = context.schema

        /// Checks a leaf (or misplaced list/object) literal against the expected type.
        func checkLeaf(_ value: Value) {
            guard let locationType = typeInfo.inputType, let named = schema.type(named: locationType.namedType) else { return }
            guard let result = named.coerceLeafLiteral(value) else {
                context.report("Expected value of type \"\(locationType)\", found \(Printer.print(value)).", value.location)
                return
            }
            if case .failure(let error) = result {
                context.report(
                    error.message ?? "Expected value of type \"\(locationType)\", found \(Printer.print(value)).",
                    value.location)
            }
        }

        visitor.onEnterMaySkip(\.value) { value in
            switch value.kind {
            case .list:
                guard case .list? = typeInfo.parentInputType?.nullable else {
                    checkLeaf(value)
                    return .skipSubtree
                }
            case .object(let fields):
                guard let named = typeInfo.inputType?.namedType, case .inputObject(let object)? = schema.type(named: named) else {
                    checkLeaf(value)
                    return .skipSubtree
                }
                for field in object.fields where field.isRequired && !fields.contains(where: { $0.name.value == field.name }) {
                    context.report(
                        "Field \"\(object.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                        value.location)
                }
            case .null:
                if let type = typeInfo.inputType, type.isNonNull {
                    context.report("Expected value of type \"\(type)\", found null.", value.location)
                }
            case .enumValue, .int, .float, .string, .boolean:
                checkLeaf(value)
            case .variable:
                break
            }
            return .proceed
        }

        visitor.onEnter(\.objectField) { field in
            guard typeInfo.inputType == nil, let named = typeInfo.parentInputType?.namedType,
                  case .inputObject(let object)? = schema.type(named: named)
            else { return }
            let name = field.name.value
            context.report(
                "Field \"\(name)\" is not defined by type \"\(object.name)\"."
                    + Suggestions.didYouMean(Suggestions.list(name, object.fields.names)),
                field.location)
        }
    }
}
