public import GraphQLLanguage

/// Coerces the arguments written on a field or directive (spec §6.4.1 `CoerceArgumentValues`):
/// literals and variables are coerced to each argument's type, defaults fill in what is missing,
/// and the result lists arguments in definition order.
///
/// Validation rules out almost every error this can report; the rest (a required argument given
/// a variable the request did not supply) are reported with graphql-js's messages.
public func coerceArgumentValues(
    _ definitions: NameIndexed<GraphQLInputValue>,
    _ arguments: [Argument],
    at location: Location,
    variables: CoercedVariables,
    schema: Schema
) throws(GraphQLError) -> [CoercedField] {
    var nodes: [String: Argument] = [:]
    for argument in arguments { nodes[argument.name.value] = argument }
    let literals = LiteralCoercion(schema: schema, variables: variables)
    var coerced: [CoercedField] = []
    for definition in definitions {
        let name = definition.name
        guard let node = nodes[name] else {
            if let defaultValue = definition.defaultValue {
                if let value = LiteralCoercion(schema: schema, variables: nil).coerce(defaultValue, to: definition.type) {
                    coerced.append(CoercedField(name, value))
                }
            } else if definition.type.isNonNull {
                throw GraphQLError(
                    "Argument \"\(name)\" of required type \"\(definition.type)\" was not provided.",
                    locations: [location.sourceLocation])
            }
            continue
        }
        var isNull = node.value.kind == .null
        if case .variable(let variable) = node.value.kind {
            guard let value = variables[variable.name.value] else {
                if let defaultValue = definition.defaultValue {
                    if let value = LiteralCoercion(schema: schema, variables: nil).coerce(defaultValue, to: definition.type) {
                        coerced.append(CoercedField(name, value))
                    }
                } else if definition.type.isNonNull {
                    throw GraphQLError(
                        "Argument \"\(name)\" of required type \"\(definition.type)\" was provided the variable \"$\(variable.name.value)\" which was not provided a runtime value.",
                        locations: [node.value.location.sourceLocation])
                }
                continue
            }
            isNull = value == .null
        }
        if isNull && definition.type.isNonNull {
            throw GraphQLError(
                "Argument \"\(name)\" of non-null type \"\(definition.type)\" must not be null.",
                locations: [node.value.location.sourceLocation])
        }
        guard let value = literals.coerce(node.value, to: definition.type) else {
            throw GraphQLError(
                "Argument \"\(name)\" has invalid value \(Printer.print(node.value)).",
                locations: [node.value.location.sourceLocation])
        }
        coerced.append(CoercedField(name, value))
    }
    return coerced
}

extension Schema {
    /// The coerced arguments of a field selection; see ``coerceArgumentValues(_:_:at:variables:schema:)``.
    public func coerceArguments(of field: GraphQLField, in node: Field, variables: CoercedVariables) throws(GraphQLError) -> [CoercedField] {
        try coerceArgumentValues(field.arguments, node.arguments, at: node.location, variables: variables, schema: self)
    }

    /// The coerced arguments of a directive application (e.g. `@skip(if: $flag)`).
    public func coerceArguments(of directive: GraphQLDirective, in node: Directive, variables: CoercedVariables) throws(GraphQLError) -> [CoercedField] {
        try coerceArgumentValues(directive.arguments, node.arguments, at: node.location, variables: variables, schema: self)
    }

    /// Coerces a literal to `type`, substituting variables (graphql-js `valueFromAST`); nil when
    /// the literal is not valid for the type.
    public func coerceLiteral(_ literal: Value, to type: GraphQLType, variables: CoercedVariables? = nil) -> CoercedValue? {
        LiteralCoercion(schema: self, variables: variables).coerce(literal, to: type)
    }
}
