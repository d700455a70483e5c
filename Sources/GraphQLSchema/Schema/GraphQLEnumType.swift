public import GraphQLLanguage

/// An enum type: a closed set of named values (spec §3.9).
public struct GraphQLEnumType: SchemaElement {
    public var name: String
    public var description: String?
    public var values: NameIndexed<GraphQLEnumValue>
    public var definitionLocations: [SourceLocation]

    public init(
        name: String,
        description: String? = nil,
        values: [GraphQLEnumValue],
        definitionLocations: [SourceLocation] = []
    ) {
        self.name = name
        self.description = description
        self.values = NameIndexed(values)
        self.definitionLocations = definitionLocations
    }
}
