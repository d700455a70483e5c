public import GraphQLLanguage

/// One value of an enum type (spec §3.9).
public struct GraphQLEnumValue: SchemaElement {
    public var name: String
    public var description: String?
    public var deprecationReason: String?
    public var location: SourceLocation?

    public init(name: String, description: String? = nil, deprecationReason: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.location = location
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}
