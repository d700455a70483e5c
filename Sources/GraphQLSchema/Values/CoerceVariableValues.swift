public import GraphQLLanguage

/// Coerces an operation's variables from the request's JSON (spec §6.1.2 `CoerceVariableValues`),
/// with graphql-js's messages, e.g. `Variable "$x" got invalid value "abc"; Int cannot represent
/// non-integer value: "abc"`, naming the place inside input objects and lists (`at "x.a[0]"`).
///
/// After `maxErrors` errors coercion stops with graphql-js's "error limit reached" error.
public func coerceVariableValues(
    _ schema: Schema,
    _ operation: OperationDefinition,
    inputs: [String: JSONValue],
    maxErrors: Int = 50
) -> Result<CoercedVariables, VariableCoercionErrors> {
    var coerced = CoercedVariables()
    var errors: [GraphQLError] = []
    func report(_ error: GraphQLError) -> Bool {
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."))
            return false
        }
        errors.append(error)
        return true
    }
    definitions: for definition in operation.variableDefinitions {
        let name = definition.variable.name.value
        let type = GraphQLType(definition.type)
        guard schema.isInputType(type) else {
            guard report(GraphQLError(
                "Variable \"$\(name)\" expected value of type \"\(definition.type)\" which cannot be used as an input type.",
                locations: [definition.type.location.sourceLocation]))
            else { break }
            continue
        }
        guard let input = inputs[name] else {
            if let defaultValue = definition.defaultValue {
                coerced[name] = LiteralCoercion(schema: schema, variables: nil).coerce(defaultValue, to: type)
            } else if type.isNonNull {
                guard report(GraphQLError(
                    "Variable \"$\(name)\" of required type \"\(type)\" was not provided.",
                    locations: [definition.location.sourceLocation]))
                else { break }
            }
            continue
        }
        if input == .null && type.isNonNull {
            guard report(GraphQLError(
                "Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.",
                locations: [definition.location.sourceLocation]))
            else { break }
            continue
        }
        var coercion = InputCoercion(schema: schema)
        let value = coercion.coerce(input, to: type)
        for failure in coercion.failures {
            var prefix = "Variable \"$\(name)\" got invalid value \(Inspect.inspect(failure.invalidValue))"
            if !failure.path.isEmpty { prefix += " at \"\(name)\(pathText(failure.path))\"" }
            guard report(GraphQLError(prefix + "; " + failure.message, locations: [definition.location.sourceLocation]))
            else { break definitions }
        }
        if let value { coerced[name] = value }
    }
    return errors.isEmpty ? .success(coerced) : .failure(VariableCoercionErrors(errors: errors))
}

/// graphql-js `printPathArray`: `.key` for fields, `[index]` for list items.
private func pathText(_ path: [PathComponent]) -> String {
    path.map { component in
        switch component {
        case .key(let key): ".\(key)"
        case .index(let index): "[\(index)]"
        }
    }.joined()
}

/// The errors that stopped variable coercion, in the order graphql-js reports them.
public struct VariableCoercionErrors: Error, Sendable, Hashable {
    public var errors: [GraphQLError]

    public init(errors: [GraphQLError]) {
        self.errors = errors
    }
}
