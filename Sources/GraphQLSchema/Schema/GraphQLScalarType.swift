public import GraphQLLanguage

/// A scalar type: a leaf value with its own input coercion (spec §3.5).
public final class GraphQLScalarType: SchemaElement {
    public let name: String
    public let description: String?
    /// The URL given by `@specifiedBy(url:)` (spec §3.13.4).
    public let specifiedByURL: String?
    /// How literals and variable values become internal values.
    public let coercion: ScalarCoercion
    public let definitionLocations: [SourceLocation]

    public init(
        name: String,
        description: String? = nil,
        specifiedByURL: String? = nil,
        coercion: ScalarCoercion = .passthrough,
        definitionLocations: [SourceLocation] = []
    ) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.coercion = coercion
        self.definitionLocations = definitionLocations
    }

    /// Whether this is one of the five scalars the specification defines (spec §3.5).
    public var isSpecified: Bool { GraphQLScalarType.specifiedNames.contains(name) }

    static let specifiedNames: Set<String> = ["Int", "Float", "String", "Boolean", "ID"]
}
