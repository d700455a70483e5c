public import GraphQLLanguage

/// An input object type: named input fields accepted as an argument or variable (spec §3.10).
public final class GraphQLInputObjectType: SchemaElement {
    public let name: String
    public let description: String?
    public let fields: NameIndexed<GraphQLInputValue>
    public let definitionLocations: [SourceLocation]
    /// Whether the type carries `@oneOf`: a value must give exactly one field, and not null
    /// (graphql-js 16.9 "OneOf Input Objects", the RFC that extends spec §3.10).
    public let isOneOf: Bool

    public init(
        name: String,
        description: String? = nil,
        fields: [GraphQLInputValue],
        definitionLocations: [SourceLocation] = [],
        isOneOf: Bool = false
    ) {
        self.name = name
        self.description = description
        self.fields = NameIndexed(fields)
        self.definitionLocations = definitionLocations
        self.isOneOf = isOneOf
    }
}
