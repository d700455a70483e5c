public import GraphQLLanguage

/// An input object type: named input fields accepted as an argument or variable (spec §3.10).
public struct GraphQLInputObjectType: SchemaElement {
    public var name: String
    public var description: String?
    public var fields: NameIndexed<GraphQLInputValue>
    public var definitionLocations: [SourceLocation]

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
