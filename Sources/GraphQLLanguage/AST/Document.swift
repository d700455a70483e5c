/// A parsed GraphQL document: executable definitions, type-system definitions, or both.
///
/// The AST is made of value types with enums for every choice the grammar offers, so code walks it
/// with `switch` rather than downcasts. Names follow the specification's productions.
public struct Document: Sendable, Hashable {
    public var definitions: [Definition]
    public var location: Location

    public init(definitions: [Definition], location: Location = .synthesized) {
        self.definitions = definitions
        self.location = location
    }

    /// The operations of the document, in source order.
    public var operations: [OperationDefinition] {
        definitions.compactMap { if case .operation(let op) = $0 { op } else { nil } }
    }

    /// The fragment definitions of the document, in source order.
    public var fragments: [FragmentDefinition] {
        definitions.compactMap { if case .fragment(let fragment) = $0 { fragment } else { nil } }
    }
}

/// One top-level definition (spec §2.2 `Definition`).
public enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case typeSystem(TypeSystemDefinition)
    case typeSystemExtension(TypeSystemExtension)

    public var location: Location {
        switch self {
        case .operation(let node): node.location
        case .fragment(let node): node.location
        case .typeSystem(let node): node.location
        case .typeSystemExtension(let node): node.location
        }
    }

    /// Whether this is an `ExecutableDefinition` (operation or fragment).
    public var isExecutable: Bool {
        switch self {
        case .operation, .fragment: true
        case .typeSystem, .typeSystemExtension: false
        }
    }
}

/// A name token (spec §2.1.9), kept with its location for error messages.
public struct Name: Sendable, Hashable, CustomStringConvertible {
    public var value: String
    public var location: Location

    public init(_ value: String, location: Location = .synthesized) {
        self.value = value
        self.location = location
    }

    public var description: String { value }
}
