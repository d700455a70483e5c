import GraphQLLanguage

/// Coerces a JSON value to an input type (spec §3.10–§3.12 "Input Coercion"; graphql-js
/// `coerceInputValue`), reporting every problem with the path inside the value where it arose.
struct InputCoercion {
    /// One problem: where in the value, the offending part, and graphql-js's explanation.
    struct Failure {
        let path: [PathComponent]
        let invalidValue: JSONValue
        let message: String
    }

    let schema: Schema
    private(set) var failures: [Failure] = []

    init(schema: Schema) {
        self.schema = schema
    }

    mutating func coerce(_ value: JSONValue, to type: GraphQLType, path: [PathComponent] = []) -> CoercedValue? {
        if case .nonNull(let inner) = type {
            if case .null = value {
                failures.append(Failure(path: path, invalidValue: value, message: "Expected non-nullable type \"\(type)\" not to be null."))
                return nil
            }
            return coerce(value, to: inner, path: path)
        }
        if case .null = value { return .null }
        if case .list(let itemType) = type {
            // Lists accept a single value as a list of one (spec §3.11 "Input Coercion").
            guard case .array(let items) = value else {
                return coerce(value, to: itemType, path: path).map { .list([$0]) }
            }
            var coerced: [CoercedValue] = []
            var isValid = true
            for (index, item) in items.enumerated() {
                if let value = coerce(item, to: itemType, path: path + [.index(index)]) {
                    coerced.append(value)
                } else {
                    isValid = false
                }
            }
            return isValid ? .list(coerced) : nil
        }
        guard let named = schema.type(named: type.namedType) else { return nil }
        if case .inputObject(let object) = named {
            return coerce(value, to: object, path: path)
        }
        switch named.coerceLeafVariable(value) {
        case .success(let coerced)?:
            return coerced
        case .failure(let error)?:
            failures.append(Failure(path: path, invalidValue: value, message: error.message ?? "Expected type \"\(named.name)\"."))
            return nil
        case nil:
            return nil
        }
    }

    private mutating func coerce(_ value: JSONValue, to object: GraphQLInputObjectType, path: [PathComponent]) -> CoercedValue? {
        let members: [JSONMember]
        switch value {
        case .object(let objectMembers): members = objectMembers
        // JavaScript sees an array as an object whose keys are its indices.
        case .array(let items): members = items.enumerated().map { JSONMember(String($0.offset), $0.element) }
        default:
            failures.append(Failure(path: path, invalidValue: value, message: "Expected type \"\(object.name)\" to be an object."))
            return nil
        }
        var provided: [String: JSONValue] = [:]
        for member in members { provided[member.key] = member.value }
        var fields: [CoercedField] = []
        // The fields given a value (or a default), coerced or not: what graphql-js counts as keys.
        var keys: [String] = []
        var isValid = true
        for field in object.fields {
            guard let fieldValue = provided[field.name] else {
                if let defaultValue = field.defaultValue {
                    keys.append(field.name)
                    if let coerced = LiteralCoercion(schema: schema, variables: nil).coerce(defaultValue, to: field.type) {
                        fields.append(CoercedField(field.name, coerced))
                    }
                } else if field.type.isNonNull {
                    failures.append(Failure(
                        path: path, invalidValue: value,
                        message: "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided."))
                    isValid = false
                }
                continue
            }
            keys.append(field.name)
            if let coerced = coerce(fieldValue, to: field.type, path: path + [.key(field.name)]) {
                fields.append(CoercedField(field.name, coerced))
            } else {
                isValid = false
            }
        }
        var reported: Set<String> = []
        for member in members where object.fields[member.key] == nil && reported.insert(member.key).inserted {
            failures.append(Failure(
                path: path, invalidValue: value,
                message: "Field \"\(member.key)\" is not defined by type \"\(object.name)\"."
                    + Suggestions.didYouMean(Suggestions.list(member.key, object.fields.names))))
            isValid = false
        }
        if object.isOneOf && !checkOneOf(object, keys: keys, fields: fields, value: value, path: path) { isValid = false }
        return isValid ? .object(fields) : nil
    }

    /// A OneOf input object takes exactly one field, and not null. Both checks are made, as
    /// graphql-js 16.9 makes them (graphql-core reports only the first when both fail).
    private mutating func checkOneOf(
        _ object: GraphQLInputObjectType, keys: [String], fields: [CoercedField], value: JSONValue, path: [PathComponent]
    ) -> Bool {
        var isValid = true
        if keys.count != 1 {
            failures.append(Failure(
                path: path, invalidValue: value, message: "Exactly one key must be specified for OneOf type \"\(object.name)\"."))
            isValid = false
        }
        if let key = keys.first, fields.first(where: { $0.name == key })?.value == .null {
            failures.append(Failure(path: path + [.key(key)], invalidValue: .null, message: "Field \"\(key)\" must be non-null."))
            isValid = false
        }
        return isValid
    }
}
