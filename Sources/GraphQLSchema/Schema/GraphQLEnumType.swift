public import GraphQLLanguage

/// An enum type: a closed set of named values (spec §3.9).
public final class GraphQLEnumType: SchemaElement {
    public let name: String
    public let description: String?
    public let values: NameIndexed<GraphQLEnumValue>
    public let definitionLocations: [SourceLocation]

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
