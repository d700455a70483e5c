public import GraphQLLanguage

/// An object type: a set of named fields, possibly implementing interfaces (spec §3.6).
public final class GraphQLObjectType: SchemaElement {
    public let name: String
    public let description: String?
    public let fields: NameIndexed<GraphQLField>
    /// Names of the interfaces the type declares it implements, in declaration order.
    public let interfaces: [String]
    /// The definition's location followed by its extensions' (empty when built in code).
    public let definitionLocations: [SourceLocation]
    /// Where each `implements` entry was written, for type-system error messages.
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

/// A named type referenced from a definition (an `implements` entry or a union member), with
/// where it was written.
public struct NamedReference: Sendable, Hashable {
    public let name: String
    public let location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
