public import GraphQLLanguage

/// A union type: one of a list of object types (spec §3.8).
public struct GraphQLUnionType: SchemaElement {
    public var name: String
    public var description: String?
    /// Member type names, in declaration order.
    public var types: [String]
    public var definitionLocations: [SourceLocation]
    public var memberReferences: [NamedReference]

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
