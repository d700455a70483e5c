public import GraphQLLanguage

/// An argument of a field or directive, or a field of an input object (spec §3.6.1, §3.10):
/// what introspection calls an `__InputValue`.
public final class GraphQLInputValue: SchemaElement {
    public let name: String
    public let description: String?
    public let type: GraphQLType
    /// The default as written in the schema (a constant literal), or nil when there is none.
    public let defaultValue: Value?
    public let deprecationReason: String?
    public let location: SourceLocation?
    public let typeLocation: SourceLocation?
    /// Where `@deprecated` was applied, for the "cannot be deprecated" type-system error.
    public let deprecatedDirectiveLocation: SourceLocation?
    /// Whether a value must be supplied: non-null and without a default (spec §5.4.2.1).
    public let isRequired: Bool
    /// Whether there is a default, known without copying it (validation asks for every value).
    let hasDefaultValue: Bool
    /// The name of the named type at the core of `type`, and its hash, worked out once.
    let namedTypeName: String
    let namedTypeHash: Int

    public init(
        name: String,
        type: GraphQLType,
        description: String? = nil,
        defaultValue: Value? = nil,
        deprecationReason: String? = nil,
        location: SourceLocation? = nil,
        typeLocation: SourceLocation? = nil,
        deprecatedDirectiveLocation: SourceLocation? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
        self.location = location
        self.typeLocation = typeLocation
        self.deprecatedDirectiveLocation = deprecatedDirectiveLocation
        hasDefaultValue = defaultValue != nil
        namedTypeName = type.namedType
        namedTypeHash = NameTable.hash(namedTypeName)
        isRequired = type.isNonNull && !hasDefaultValue
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}
