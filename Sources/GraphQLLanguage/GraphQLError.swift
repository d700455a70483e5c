/// An error as a GraphQL response reports it (spec §7.1.2): a message, where in the document it
/// arose, where in the response it belongs, and machine-readable extensions.
///
/// Syntax errors, validation errors and execution errors all take this one shape, so the service
/// layer serialises them without knowing which layer produced them.
public struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var locations: [SourceLocation]
    public var path: [PathComponent]?
    /// `extensions.code` and any further string-valued extensions, in insertion order.
    public var extensions: [(key: String, value: String)]

    public init(
        _ message: String,
        locations: [SourceLocation] = [],
        path: [PathComponent]? = nil,
        extensions: [(key: String, value: String)] = []
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
    }

    /// The value of `extensions.code`, when one is set.
    public var code: String? { extensions.first { $0.key == "code" }?.value }

    public var description: String {
        locations.isEmpty ? message : "\(message) (\(locations.map(\.description).joined(separator: ", ")))"
    }

    public static func == (lhs: GraphQLError, rhs: GraphQLError) -> Bool {
        lhs.message == rhs.message && lhs.locations == rhs.locations && lhs.path == rhs.path
            && lhs.extensions.elementsEqual(rhs.extensions) { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(locations)
        hasher.combine(path)
    }
}

/// One step of a response path: a field's response key or a list index.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): String(index)
        }
    }
}
