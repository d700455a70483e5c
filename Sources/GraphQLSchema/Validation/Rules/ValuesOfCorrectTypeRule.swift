import GraphQLLanguage

extension ValidationRule {
    /// Values of Correct Type (spec §5.6.1): "Literal values must be compatible with the type
    /// expected in the position they are found as per the coercion rules defined in the Type
    /// System chapter." Also Input Object Field Names (§5.6.2) and Input Object Required Fields
    /// (§5.6.4), which graphql-js checks here too, and graphql-js 16.9's rules for OneOf input
    /// objects.
    public static let valuesOfCorrectType = ValidationRule(name: "ValuesOfCorrectTypeRule") { context, visitor in
        let typeInfo = context.typeInfo
        let schema = context.schema
        // The variables of the operation entered last, as graphql-js keeps them: a fragment sees
        // those of the operation before it.
        var variableDefinitions: [VariableDefinition] = []
        visitor.onEnter(\.operation) { _ in variableDefinitions.removeAll(keepingCapacity: true) }
        visitor.onEnter(\.variableDefinition) { variableDefinitions.append($0) }

        /// A OneOf literal gives exactly one field, not null, nor a variable that could be null.
        func checkOneOf(_ value: Value, _ fields: [ObjectField], _ object: GraphQLInputObjectType) {
            // graphql-js keys the fields by name: a repeated name counts once, with its last value.
            guard let field = fields.last, fields.allSatisfy({ $0.name.value == field.name.value }) else {
                context.report("OneOf Input Object \"\(object.name)\" must specify exactly one key.", value.location)
                return
            }
            switch field.value.kind {
            case .null:
                context.report("Field \"\(object.name).\(field.name.value)\" must be non-null.", value.location)
            case .variable(let variable):
                // An undefined variable is NoUndefinedVariables' to report (graphql-js would throw).
                let name = variable.name.value
                guard let definition = variableDefinitions.last(where: { $0.variable.name.value == name }) else { return }
                if case .nonNull = definition.type { return }
                context.report(
                    "Variable \"\(name)\" must be non-nullable to be used for OneOf Input Object \"\(object.name)\".",
                    value.location)
            default:
                break
            }
        }

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
                if object.isOneOf { checkOneOf(value, fields, object) }
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
