import GraphQLLanguage

/// The types introspection defines (spec §4.2): part of every schema, reachable from `__schema`
/// and `__type`. Descriptions are graphql-js's, since clients compare introspection results.
public enum IntrospectionTypes {
    public static let schema = GraphQLNamedType.object(GraphQLObjectType(
        name: "__Schema",
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        fields: [
            GraphQLField(name: "description", type: .named("String")),
            GraphQLField(name: "types", type: .nonNull(.list(.nonNull(.named("__Type")))), description: "A list of all types supported by this server."),
            GraphQLField(name: "queryType", type: .nonNull(.named("__Type")), description: "The type that query operations will be rooted at."),
            GraphQLField(name: "mutationType", type: .named("__Type"), description: "If this server supports mutation, the type that mutation operations will be rooted at."),
            GraphQLField(name: "subscriptionType", type: .named("__Type"), description: "If this server supports subscription, the type that subscription operations will be rooted at."),
            GraphQLField(name: "directives", type: .nonNull(.list(.nonNull(.named("__Directive")))), description: "A list of all directives supported by this server."),
        ]
    ))

    public static let type = GraphQLNamedType.object(GraphQLObjectType(
        name: "__Type",
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        fields: [
            GraphQLField(name: "kind", type: .nonNull(.named("__TypeKind"))),
            GraphQLField(name: "name", type: .named("String")),
            GraphQLField(name: "description", type: .named("String")),
            GraphQLField(name: "specifiedByURL", type: .named("String")),
            GraphQLField(name: "fields", type: .list(.nonNull(.named("__Field"))), arguments: [includeDeprecated]),
            GraphQLField(name: "interfaces", type: .list(.nonNull(.named("__Type")))),
            GraphQLField(name: "possibleTypes", type: .list(.nonNull(.named("__Type")))),
            GraphQLField(name: "enumValues", type: .list(.nonNull(.named("__EnumValue"))), arguments: [includeDeprecated]),
            GraphQLField(name: "inputFields", type: .list(.nonNull(.named("__InputValue"))), arguments: [includeDeprecated]),
            GraphQLField(name: "ofType", type: .named("__Type")),
            GraphQLField(name: "isOneOf", type: .named("Boolean")),
        ]
    ))

    public static let typeKind = GraphQLNamedType.enumeration(GraphQLEnumType(
        name: "__TypeKind",
        description: "An enum describing what kind of type a given `__Type` is.",
        values: [
            GraphQLEnumValue(name: "SCALAR", description: "Indicates this type is a scalar."),
            GraphQLEnumValue(name: "OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            GraphQLEnumValue(name: "INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            GraphQLEnumValue(name: "UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field."),
            GraphQLEnumValue(name: "ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field."),
            GraphQLEnumValue(name: "INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field."),
            GraphQLEnumValue(name: "LIST", description: "Indicates this type is a list. `ofType` is a valid field."),
            GraphQLEnumValue(name: "NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field."),
        ]
    ))

    public static let field = GraphQLNamedType.object(GraphQLObjectType(
        name: "__Field",
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        fields: [
            GraphQLField(name: "name", type: .nonNull(.named("String"))),
            GraphQLField(name: "description", type: .named("String")),
            GraphQLField(name: "args", type: .nonNull(.list(.nonNull(.named("__InputValue")))), arguments: [includeDeprecated]),
            GraphQLField(name: "type", type: .nonNull(.named("__Type"))),
            GraphQLField(name: "isDeprecated", type: .nonNull(.named("Boolean"))),
            GraphQLField(name: "deprecationReason", type: .named("String")),
        ]
    ))

    public static let inputValue = GraphQLNamedType.object(GraphQLObjectType(
        name: "__InputValue",
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        fields: [
            GraphQLField(name: "name", type: .nonNull(.named("String"))),
            GraphQLField(name: "description", type: .named("String")),
            GraphQLField(name: "type", type: .nonNull(.named("__Type"))),
            GraphQLField(name: "defaultValue", type: .named("String"), description: "A GraphQL-formatted string representing the default value for this input value."),
            GraphQLField(name: "isDeprecated", type: .nonNull(.named("Boolean"))),
            GraphQLField(name: "deprecationReason", type: .named("String")),
        ]
    ))

    public static let enumValue = GraphQLNamedType.object(GraphQLObjectType(
        name: "__EnumValue",
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        fields: [
            GraphQLField(name: "name", type: .nonNull(.named("String"))),
            GraphQLField(name: "description", type: .named("String")),
            GraphQLField(name: "isDeprecated", type: .nonNull(.named("Boolean"))),
            GraphQLField(name: "deprecationReason", type: .named("String")),
        ]
    ))

    public static let directive = GraphQLNamedType.object(GraphQLObjectType(
        name: "__Directive",
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        fields: [
            GraphQLField(name: "name", type: .nonNull(.named("String"))),
            GraphQLField(name: "description", type: .named("String")),
            GraphQLField(name: "isRepeatable", type: .nonNull(.named("Boolean"))),
            GraphQLField(name: "locations", type: .nonNull(.list(.nonNull(.named("__DirectiveLocation"))))),
            GraphQLField(name: "args", type: .nonNull(.list(.nonNull(.named("__InputValue")))), arguments: [includeDeprecated]),
        ]
    ))

    public static let directiveLocation = GraphQLNamedType.enumeration(GraphQLEnumType(
        name: "__DirectiveLocation",
        description: "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        values: DirectiveLocation.allCases.map { GraphQLEnumValue(name: $0.rawValue, description: locationDescription($0)) }
    ))

    /// All introspection types, `__Schema` first.
    public static let all: [GraphQLNamedType] = [schema, type, typeKind, field, inputValue, enumValue, directive, directiveLocation]

    static let names: Set<String> = Set(all.map(\.name))

    private static let includeDeprecated = GraphQLInputValue(
        name: "includeDeprecated", type: .named("Boolean"), defaultValue: Value(.boolean(false)))

    private static func locationDescription(_ location: DirectiveLocation) -> String {
        switch location {
        case .query: "Location adjacent to a query operation."
        case .mutation: "Location adjacent to a mutation operation."
        case .subscription: "Location adjacent to a subscription operation."
        case .field: "Location adjacent to a field."
        case .fragmentDefinition: "Location adjacent to a fragment definition."
        case .fragmentSpread: "Location adjacent to a fragment spread."
        case .inlineFragment: "Location adjacent to an inline fragment."
        case .variableDefinition: "Location adjacent to a variable definition."
        case .schema: "Location adjacent to a schema definition."
        case .scalar: "Location adjacent to a scalar definition."
        case .object: "Location adjacent to an object type definition."
        case .fieldDefinition: "Location adjacent to a field definition."
        case .argumentDefinition: "Location adjacent to an argument definition."
        case .interface: "Location adjacent to an interface definition."
        case .union: "Location adjacent to a union definition."
        case .enumeration: "Location adjacent to an enum definition."
        case .enumValue: "Location adjacent to an enum value definition."
        case .inputObject: "Location adjacent to an input object type definition."
        case .inputFieldDefinition: "Location adjacent to an input object field definition."
        }
    }
}

extension Schema {
    /// The field `name` of `parentType`, meta-fields included: `__typename` on any composite type,
    /// `__schema` and `__type` on the query root only (spec §4.1, §4.2).
    func fieldDefinition(named name: String, on parentType: GraphQLNamedType) -> GraphQLField? {
        fieldDefinition(named: name, hash: NameTable.hash(name), on: parentType)
    }

    /// ``fieldDefinition(named:on:)`` for a name whose ``NameTable/hash(_:)`` is known.
    func fieldDefinition(named name: String, hash: Int, on parentType: GraphQLNamedType) -> GraphQLField? {
        if name.utf8.first == 95, name.utf8.dropFirst().first == 95 {
            switch name {
            case "__schema" where parentType.name == queryTypeName: return MetaFields.schema
            case "__type" where parentType.name == queryTypeName: return MetaFields.type
            case "__typename" where parentType.isCompositeType: return MetaFields.typename
            default: break
            }
        }
        return parentType.field(named: name, hash: hash)
    }
}

/// The meta-fields every selection may use (spec §4.1, §4.2): `__typename` on any composite type,
/// `__schema` and `__type(name:)` on the query root only.
public enum MetaFields {
    public static let schema = GraphQLField(
        name: "__schema", type: .nonNull(.named("__Schema")), description: "Access the current type schema of this server.")
    public static let type = GraphQLField(
        name: "__type", type: .named("__Type"), description: "Request the type information of a single type.",
        arguments: [GraphQLInputValue(name: "name", type: .nonNull(.named("String")))])
    public static let typename = GraphQLField(
        name: "__typename", type: .nonNull(.named("String")), description: "The name of the current Object type at runtime.")
}
