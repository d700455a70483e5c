public import GraphQLLanguage

/// One of the six kinds of named type (spec §3.4).
public enum GraphQLNamedType: SchemaElement {
    case scalar(GraphQLScalarType)
    case object(GraphQLObjectType)
    case interface(GraphQLInterfaceType)
    case union(GraphQLUnionType)
    case enumeration(GraphQLEnumType)
    case inputObject(GraphQLInputObjectType)

    public var name: String {
        switch self {
        case .scalar(let type): type.name
        case .object(let type): type.name
        case .interface(let type): type.name
        case .union(let type): type.name
        case .enumeration(let type): type.name
        case .inputObject(let type): type.name
        }
    }

    public var description: String? {
        switch self {
        case .scalar(let type): type.description
        case .object(let type): type.description
        case .interface(let type): type.description
        case .union(let type): type.description
        case .enumeration(let type): type.description
        case .inputObject(let type): type.description
        }
    }

    public var kind: TypeKind {
        switch self {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }

    /// The fields of an object or interface type; nil for the other kinds.
    public var fields: NameIndexed<GraphQLField>? {
        switch self {
        case .object(let type): type.fields
        case .interface(let type): type.fields
        case .scalar, .union, .enumeration, .inputObject: nil
        }
    }

    /// The interfaces an object or interface type implements; empty for the other kinds.
    public var interfaces: [String] {
        switch self {
        case .object(let type): type.interfaces
        case .interface(let type): type.interfaces
        case .scalar, .union, .enumeration, .inputObject: []
        }
    }

    /// The field called `name` of an object or interface type.
    public func field(named name: String) -> GraphQLField? {
        switch self {
        case .object(let type): type.fields[name]
        case .interface(let type): type.fields[name]
        case .scalar, .union, .enumeration, .inputObject: nil
        }
    }

    /// The field called `name` (whose ``NameTable/hash(_:)`` is `hash`) of an object or interface type.
    func field(named name: String, hash: Int) -> GraphQLField? {
        switch self {
        case .object(let type): type.fields.element(named: name, hash: hash)
        case .interface(let type): type.fields.element(named: name, hash: hash)
        case .scalar, .union, .enumeration, .inputObject: nil
        }
    }

    /// The definition's location followed by its extensions'.
    public var definitionLocations: [SourceLocation] {
        switch self {
        case .scalar(let type): type.definitionLocations
        case .object(let type): type.definitionLocations
        case .interface(let type): type.definitionLocations
        case .union(let type): type.definitionLocations
        case .enumeration(let type): type.definitionLocations
        case .inputObject(let type): type.definitionLocations
        }
    }

    /// Scalars, enums and input objects may be used as input (spec §3.4.2).
    public var isInputType: Bool { kind.isInput }
    /// Everything but input objects may be used as output (spec §3.4.2).
    public var isOutputType: Bool { kind.isOutput }
    /// Scalars and enums: the leaves of a response.
    public var isLeafType: Bool { kind == .scalar || kind == .enumeration }
    /// Objects, interfaces and unions: the types that take selection sets.
    public var isCompositeType: Bool { kind == .object || kind == .interface || kind == .union }
    /// Interfaces and unions.
    public var isAbstractType: Bool { kind == .interface || kind == .union }
    /// Whether this is one of the types introspection itself defines (`__Schema`, `__Type`, …).
    public var isIntrospectionType: Bool { IntrospectionTypes.names.contains(name) }
}

/// The kind of a type as `__TypeKind` reports it (spec §4.2.3).
public enum TypeKind: String, Sendable, Hashable, CaseIterable {
    case scalar = "SCALAR"
    case object = "OBJECT"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumeration = "ENUM"
    case inputObject = "INPUT_OBJECT"
    case list = "LIST"
    case nonNull = "NON_NULL"

    var isInput: Bool { self == .scalar || self == .enumeration || self == .inputObject }
    var isOutput: Bool { self != .inputObject && self != .list && self != .nonNull }
}
