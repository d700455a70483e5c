public import GraphQLLanguage

/// An input object type: named input fields accepted as an argument or variable (spec §3.10).
public final class GraphQLInputObjectType: SchemaElement {
    public let name: String
    public let description: String?
    public let fields: NameIndexed<GraphQLInputValue>
    public let definitionLocations: [SourceLocation]

    public init(
        name: String,
        description: String? = nil,
        fields: [GraphQLInputValue],
        definitionLocations: [SourceLocation] = []
    ) {
        self.name = name
        self.description = description
        self.fields = NameIndexed(fields)
        self.definitionLocations = definitionLocations
    }
}
