public import GraphQLLanguage

/// A directive definition: its name, arguments and where it may be used (spec §3.13).
public final class GraphQLDirective: SchemaElement {
    public let name: String
    public let description: String?
    public let locations: [DirectiveLocation]
    public let arguments: NameIndexed<GraphQLInputValue>
    public let isRepeatable: Bool
    public let location: SourceLocation?

    public init(
        name: String,
        description: String? = nil,
        locations: [DirectiveLocation],
        arguments: [GraphQLInputValue] = [],
        isRepeatable: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.description = description
        self.locations = locations
        self.arguments = NameIndexed(arguments)
        self.isRepeatable = isRepeatable
        self.location = location
    }

    /// Whether this is one of the directives the specification defines.
    public var isSpecified: Bool { GraphQLDirective.specified.contains { $0.name == name } }
}
