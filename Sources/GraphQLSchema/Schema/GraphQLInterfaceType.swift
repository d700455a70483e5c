public import GraphQLLanguage

/// An interface type: fields that implementing objects and interfaces must provide (spec §3.7).
public struct GraphQLInterfaceType: SchemaElement {
    public var name: String
    public var description: String?
    public var fields: NameIndexed<GraphQLField>
    /// Interfaces this interface implements (spec §3.7, "Interfaces Implementing Interfaces").
    public var interfaces: [String]
    public var definitionLocations: [SourceLocation]
    public var interfaceReferences: [NamedReference]

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
