/// Something in a schema that is identified by its name: a type, field, argument or enum value.
public protocol SchemaElement: Sendable {
    var name: String { get }
}

/// An ordered list of schema elements that can also be looked up by name in constant time.
///
/// Order matters for introspection and error messages (definition order, as graphql-js keeps it);
/// lookups by name happen for every field of every validated query, so both are kept. When two
/// elements share a name the first one wins the lookup, which is what the type-system rules expect.
public struct NameIndexed<Element: SchemaElement>: Sendable, RandomAccessCollection {
    public private(set) var elements: [Element]
    private var indexByName: NameTable

    public init(_ elements: [Element] = []) {
        self.elements = elements
        indexByName = NameTable(elements.map(\.name))
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Element { elements[position] }

    /// The element called `name`, if there is one.
    public subscript(name: String) -> Element? {
        guard let position = position(of: name) else { return nil }
        return elements[position]
    }

    /// The element called `name`, whose ``NameTable/hash(_:)`` is `hash`.
    func element(named name: String, hash: Int) -> Element? {
        guard let position = indexByName.position(of: name, hash: hash) else { return nil }
        return elements[position]
    }

    public func contains(name: String) -> Bool { position(of: name) != nil }

    /// The position of the element called `name`.
    @inline(__always)
    func position(of name: String) -> Int? {
        indexByName.position(of: name)
    }

    /// The names of the elements, in order.
    public var names: [String] { indexByName.names }
}
