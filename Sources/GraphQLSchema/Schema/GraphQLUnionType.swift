public import GraphQLLanguage

/// A union type: one of a list of object types (spec §3.8).
public final class GraphQLUnionType: SchemaElement {
    public let name: String
    public let description: String?
    /// Member type names, in declaration order.
    public let types: [String]
    public let definitionLocations: [SourceLocation]
    public let memberReferences: [NamedReference]

    public init(
        name: String,
        description: String? = nil,
        types: [String],
        definitionLocations: [SourceLocation] = [],
        memberReferences: [NamedReference] = []
    ) {
        self.name = name
        self.description = description
        self.types = types
        self.definitionLocations = definitionLocations
        self.memberReferences = memberReferences
    }
}
