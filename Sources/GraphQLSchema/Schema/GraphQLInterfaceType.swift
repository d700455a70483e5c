public import GraphQLLanguage

/// An interface type: fields that implementing objects and interfaces must provide (spec §3.7).
public final class GraphQLInterfaceType: SchemaElement {
    public let name: String
    public let description: String?
    public let fields: NameIndexed<GraphQLField>
    /// Interfaces this interface implements (spec §3.7, "Interfaces Implementing Interfaces").
    public let interfaces: [String]
    public let definitionLocations: [SourceLocation]
    public let interfaceReferences: [NamedReference]

    public init(
        name: String,
        description: String? = nil,
        fields: [GraphQLField],
        interfaces: [String] = [],
        definitionLocations: [SourceLocation] = [],
        interfaceReferences: [NamedReference] = []
    ) {
        self.name = name
        self.description = description
        self.fields = NameIndexed(fields)
        self.interfaces = interfaces
        self.definitionLocations = definitionLocations
        self.interfaceReferences = interfaceReferences
    }
}
