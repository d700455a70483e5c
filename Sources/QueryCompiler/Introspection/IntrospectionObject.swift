import GraphQLSchema

/// A value of one of the introspection types (spec §4.2), as the executor walks them.
enum IntrospectionObject {
    case schema
    /// A `__Type`: a named type, or a list or non-null wrapper around a type.
    case type(GraphQLType)
    case field(GraphQLField)
    case inputValue(GraphQLInputValue)
    case enumValue(GraphQLEnumValue)
    case directive(GraphQLDirective)

    var typeName: String {
        switch self {
        case .schema: "__Schema"
        case .type: "__Type"
        case .field: "__Field"
        case .inputValue: "__InputValue"
        case .enumValue: "__EnumValue"
        case .directive: "__Directive"
        }
    }
}

/// What an introspection field resolves to.
enum IntrospectionValue {
    case null
    case string(String)
    case boolean(Bool)
    /// An enum value's name, written as a string.
    case enumValue(String)
    case object(IntrospectionObject)
    case list([IntrospectionObject])
    case strings([String])
}
