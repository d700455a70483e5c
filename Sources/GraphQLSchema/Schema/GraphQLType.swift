public import GraphQLLanguage

/// A type as fields, arguments and variables use it: a named type, possibly wrapped in lists and
/// non-null markers (spec §3.11, §3.12).
///
/// Named types are referenced by name and resolved through the ``Schema``, which keeps the type
/// graph (with its cycles) free of reference types.
public enum GraphQLType: Sendable, Hashable, CustomStringConvertible {
    /// Not boxed, so naming a type allocates nothing; only wrappers are.
    case named(String)
    indirect case list(GraphQLType)
    indirect case nonNull(GraphQLType)

    /// The name of the named type at the core of the wrappers.
    public var namedType: String {
        switch self {
        case .named(let name): name
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    /// The type without its outermost non-null marker.
    public var nullable: GraphQLType {
        if case .nonNull(let inner) = self { inner } else { self }
    }

    public var isNonNull: Bool {
        if case .nonNull = self { true } else { false }
    }

    /// Whether the type, once its non-null marker is removed, is a list.
    public var isList: Bool {
        if case .list = nullable { true } else { false }
    }

    /// The type as GraphQL writes it, e.g. `[String!]!`.
    public var description: String {
        switch self {
        case .named(let name): name
        case .list(let inner): "[\(inner)]"
        case .nonNull(let inner): "\(inner)!"
        }
    }

    /// The schema type for a type reference written in a document, without resolving the name.
    public init(_ reference: TypeReference) {
        switch reference {
        case .named(let named): self = .named(named.name.value)
        case .list(let inner, _): self = .list(GraphQLType(inner))
        case .nonNull(let inner, _): self = .nonNull(GraphQLType(inner))
        }
    }
}
