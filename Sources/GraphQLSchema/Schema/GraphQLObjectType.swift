public import GraphQLLanguage

/// An object type: a set of named fields, possibly implementing interfaces (spec §3.6).
public struct GraphQLObjectType: SchemaElement {
    public var name: String
    public var description: String?
    public var fields: NameIndexed<GraphQLField>
    /// Names of the interfaces the type declares it implements, in declaration order.
    public var interfaces: [String]
    /// The definition's location followed by its extensions' (empty when built in code).
    public var definitionLocations: [SourceLocation]
    /// Where each `implements` entry was written, for type-system error messages.
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

/// A named type referenced from a definition (an `implements` entry or a union member), with
/// where it was written.
public struct NamedReference: Sendable, Hashable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
