import GraphQLLanguage

/// Coerces a literal from a document to an input type, substituting variables (spec §3.10–§3.12
/// "Input Coercion"; graphql-js `valueFromAST`). Answers nil when the literal is invalid, which
/// validation has normally ruled out already.
struct LiteralCoercion {
    let schema: Schema
    let variables: CoercedVariables?

    func coerce(_ literal: Value, to type: GraphQLType) -> CoercedValue? {
        if case .variable(let variable) = literal.kind {
            guard let value = variables?[variable.name.value] else { return nil }
            if value == .null && type.isNonNull { return nil }
            return value
        }
        if case .nonNull(let inner) = type {
            if case .null = literal.kind { return nil }
            return coerce(literal, to: inner)
        }
        if case .null = literal.kind { return .null }
        if case .list(let itemType) = type {
            guard case .list(let items) = literal.kind else {
                return coerce(literal, to: itemType).map { .list([$0]) }
            }
            var coerced: [CoercedValue] = []
            for item in items {
                if isMissingVariable(item) {
                    if itemType.isNonNull { return nil }
                    coerced.append(.null)
                } else {
                    guard let value = coerce(item, to: itemType) else { return nil }
                    coerced.append(value)
                }
            }
            return .list(coerced)
        }
        guard let named = schema.type(named: type.namedType) else { return nil }
        if case .inputObject(let object) = named {
            guard case .object(let fieldNodes) = literal.kind else { return nil }
            var provided: [String: Value] = [:]
            for field in fieldNodes { provided[field.name.value] = field.value }
            var fields: [CoercedField] = []
            for field in object.fields {
                guard let fieldLiteral = provided[field.name], !isMissingVariable(fieldLiteral) else {
                    if let defaultValue = field.defaultValue {
                        guard let coerced = LiteralCoercion(schema: schema, variables: nil).coerce(defaultValue, to: field.type)
                        else { continue }
                        fields.append(CoercedField(field.name, coerced))
                    } else if field.type.isNonNull {
                        return nil
                    }
                    continue
                }
                guard let coerced = coerce(fieldLiteral, to: field.type) else { return nil }
                fields.append(CoercedField(field.name, coerced))
            }
            // A OneOf input object takes exactly one field, and not null.
            if object.isOneOf, fields.count != 1 || fields[0].value == .null { return nil }
            return .object(fields)
        }
        guard case .success(let coerced)? = named.coerceLeafLiteral(literal) else { return nil }
        return coerced
    }

    private func isMissingVariable(_ literal: Value) -> Bool {
        guard case .variable(let variable) = literal.kind else { return false }
        return variables?[variable.name.value] == nil
    }
}
