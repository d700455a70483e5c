public import GraphQLLanguage

/// A field of an object or interface type (spec §3.6).
public final class GraphQLField: SchemaElement {
    public let name: String
    public let description: String?
    public let type: GraphQLType
    public let arguments: NameIndexed<GraphQLInputValue>
    /// Set when the field carries `@deprecated`; the reason is never empty of meaning, so its
    /// presence alone marks the field as deprecated (spec §3.13.3).
    public let deprecationReason: String?
    /// Where the field was defined, for type-system error messages; nil when built in code.
    public let location: SourceLocation?
    /// Where the field's type reference was written.
    public let typeLocation: SourceLocation?
    /// The name of the named type at the core of `type`, and its hash, worked out once.
    let namedTypeName: String
    let namedTypeHash: Int

    public init(
        name: String,
        type: GraphQLType,
        description: String? = nil,
        arguments: [GraphQLInputValue] = [],
        deprecationReason: String? = nil,
        location: SourceLocation? = nil,
        typeLocation: SourceLocation? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.arguments = NameIndexed(arguments)
        self.deprecationReason = deprecationReason
        self.location = location
        self.typeLocation = typeLocation
        namedTypeName = type.namedType
        namedTypeHash = NameTable.hash(namedTypeName)
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}
