/// A reference to a type: `Name`, `[Type]` or `Type!` (spec §2.11).
public indirect enum TypeReference: Sendable, Hashable, CustomStringConvertible {
    case named(NamedType)
    case list(TypeReference, location: Location)
    case nonNull(TypeReference, location: Location)

    public var location: Location {
        switch self {
        case .named(let named): named.location
        case .list(_, let location), .nonNull(_, let location): location
        }
    }

    /// The named type at the core of the wrappers.
    public var namedType: NamedType {
        switch self {
        case .named(let named): named
        case .list(let inner, _), .nonNull(let inner, _): inner.namedType
        }
    }

    /// The reference as GraphQL writes it, e.g. `[String!]!`.
    public var description: String {
        switch self {
        case .named(let named): named.name.value
        case .list(let inner, _): "[\(inner)]"
        case .nonNull(let inner, _): "\(inner)!"
        }
    }
}

/// A type's name used as a reference.
public struct NamedType: Sendable, Hashable {
    public var name: Name
    public var location: Location

    public init(name: Name, location: Location = .synthesized) {
        self.name = name
        self.location = location
    }
}
