public import GraphQLLanguage

/// One value of an enum type (spec §3.9).
public final class GraphQLEnumValue: SchemaElement {
    public let name: String
    public let description: String?
    public let deprecationReason: String?
    public let location: SourceLocation?

    public init(name: String, description: String? = nil, deprecationReason: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.location = location
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}
