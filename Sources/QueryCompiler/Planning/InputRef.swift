import GraphQLLanguage
import GraphQLSchema

/// An argument value, or a part of one, as the planner reads it: where it comes from (a literal of
/// the document, a variable, a schema default) and what it is in this request.
///
/// The planner reads values only where they decide the statement's structure (which filter fields
/// are present, enum values, booleans, list lengths); everything else becomes a ``BindSource`` that
/// still says where the value came from, so the plan holds for any request of the same shape.
struct InputRef {
    enum Node {
        /// A literal written in the document or a schema default, never a bare variable.
        case literal(Value)
        case variable(name: String, path: [PathComponent], value: CoercedValue)
        case absent
    }

    let node: Node
    let type: GraphQLType
    let context: BindContext

    /// A field argument or directive argument: the written value, else the definition's default.
    static func argument(
        _ definition: GraphQLInputValue, in arguments: [Argument], variables: [String: CoercedValue], path: [PathComponent],
        location: SourceLocation, fieldLocations: [SourceLocation]
    ) -> InputRef {
        let context = BindContext(argument: definition.name, location: location, path: path, fieldLocations: fieldLocations)
        if let written = arguments.first(where: { $0.name.value == definition.name }) {
            let context = BindContext(argument: definition.name, location: written.value.location.sourceLocation, path: path,
                                      fieldLocations: fieldLocations)
            return InputRef.resolve(written.value, default: definition.defaultValue, type: definition.type, variables: variables, context: context)
        }
        if let defaultValue = definition.defaultValue {
            return InputRef(node: .literal(defaultValue), type: definition.type, context: context)
        }
        return InputRef(node: .absent, type: definition.type, context: context)
    }

    /// A written value: a variable becomes a variable reference (falling back to the default when
    /// the request did not provide it, spec §6.4.1 CoerceArgumentValues), anything else a literal.
    private static func resolve(
        _ value: Value, default defaultValue: Value?, type: GraphQLType, variables: [String: CoercedValue], context: BindContext
    ) -> InputRef {
        if case .variable(let variable) = value.kind {
            let name = variable.name.value
            if let provided = variables[name] {
                return InputRef(node: .variable(name: name, path: [], value: provided), type: type, context: context)
            }
            if let defaultValue { return InputRef(node: .literal(defaultValue), type: type, context: context) }
            return InputRef(node: .absent, type: type, context: context)
        }
        return InputRef(node: .literal(value), type: type, context: context)
    }

    var isNull: Bool {
        switch node {
        case .absent: true
        case .literal(let value): if case .null = value.kind { true } else { false }
        case .variable(_, _, let value): value == .null
        }
    }

    /// The input object field `name` (its default when not written), given the input type.
    func field(_ name: String, schema: Schema, variables: [String: CoercedValue]) -> InputRef {
        guard case .inputObject(let input)? = schema.type(named: type.namedType), let definition = input.fields[name] else {
            return InputRef(node: .absent, type: .named("String"), context: context)
        }
        var context = self.context
        context.argument += "." + name
        switch node {
        case .literal(let value):
            if case .object(let fields) = value.kind, let written = fields.first(where: { $0.name.value == name }) {
                return InputRef.resolve(written.value, default: definition.defaultValue, type: definition.type, variables: variables, context: context)
            }
        case .variable(let variable, let path, let value):
            if case .object(let fields) = value, let found = fields.first(where: { $0.name == name }) {
                return InputRef(node: .variable(name: variable, path: path + [.key(name)], value: found.value), type: definition.type, context: context)
            }
        case .absent:
            return InputRef(node: .absent, type: definition.type, context: context)
        }
        if let defaultValue = definition.defaultValue {
            return InputRef(node: .literal(defaultValue), type: definition.type, context: context)
        }
        return InputRef(node: .absent, type: definition.type, context: context)
    }

    /// The names of the fields given (non-null) in an input object, in the type's field order.
    func presentFields(schema: Schema, variables: [String: CoercedValue]) -> [String] {
        guard case .inputObject(let input)? = schema.type(named: type.namedType) else { return [] }
        return input.fields.names.filter { !field($0, schema: schema, variables: variables).isNull }
    }

    /// The items of a list (a single value counts as a list of one, spec §3.11 input coercion).
    func elements(variables: [String: CoercedValue]) -> [InputRef] {
        let itemType: GraphQLType = if case .list(let inner) = type.nullable { inner } else { type }
        switch node {
        case .absent:
            return []
        case .literal(let value):
            switch value.kind {
            case .null: return []
            case .list(let items):
                return items.enumerated().map { index, item in
                    var context = self.context
                    context.argument += "[\(index)]"
                    return InputRef.resolve(item, default: nil, type: itemType, variables: variables, context: context)
                }
            default:
                return [InputRef(node: .literal(value), type: itemType, context: context)]
            }
        case .variable(let name, let path, let value):
            switch value {
            case .null: return []
            case .list(let items):
                return items.enumerated().map { index, item in
                    var context = self.context
                    context.argument += "[\(index)]"
                    return InputRef(node: .variable(name: name, path: path + [.index(index)], value: item), type: itemType, context: context)
                }
            default:
                return [InputRef(node: .variable(name: name, path: path, value: value), type: itemType, context: context)]
            }
        }
    }

    /// An enum value's name, for values that decide the statement's structure.
    var enumValue: String? {
        switch node {
        case .literal(let value): if case .enumValue(let name) = value.kind { name } else { nil }
        case .variable(_, _, let value): if case .enumValue(let name) = value { name } else { nil }
        case .absent: nil
        }
    }

    /// A Boolean, for values that decide the statement's structure.
    var booleanValue: Bool? {
        switch node {
        case .literal(let value): if case .boolean(let flag) = value.kind { flag } else { nil }
        case .variable(_, _, let value): if case .boolean(let flag) = value { flag } else { nil }
        case .absent: nil
        }
    }

    /// A String, read at planning time only for introspection's `__type(name:)`.
    var stringValue: String? {
        switch node {
        case .literal(let value): if case .string(let text, _) = value.kind { text } else { nil }
        case .variable(_, _, let value): if case .string(let text) = value { text } else { nil }
        case .absent: nil
        }
    }
}
