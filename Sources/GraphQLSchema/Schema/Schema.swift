public import GraphQLLanguage

/// A GraphQL schema: its types, directives and root operation types (spec §3.3), immutable and
/// checked against the type-system rules once built.
///
/// Types are kept in graphql-js's order (the order introspection reports them) and indexed by
/// name; interfaces know their implementations and abstract types their possible types, so
/// validation and execution never search.
public final class Schema: Sendable {
    public let description: String?
    /// Every named type, introspection types included, in graphql-js's type-map order.
    public let types: [GraphQLNamedType]
    public let directives: [GraphQLDirective]
    public let queryTypeName: String?
    public let mutationTypeName: String?
    public let subscriptionTypeName: String?
    /// Where `schema { … }` was written, and where each root operation type was named in it.
    public let definitionLocation: SourceLocation?
    let operationTypeLocations: [OperationType: SourceLocation]

    private let typeIndex: NameTable
    private let directiveIndex: NameTable
    private let implementationsByInterface: [String: Implementations]
    private let possibleTypeNames: [String: Set<String>]

    /// Builds a schema from its parts and checks it (spec §3 "Type Validation").
    ///
    /// `types` need not list the specified scalars or introspection types; every type reachable
    /// from the roots, `types` and directive arguments is included. A referenced name that no
    /// type answers to is an error.
    public convenience init(
        query: String?,
        mutation: String? = nil,
        subscription: String? = nil,
        types: [GraphQLNamedType] = [],
        directives: [GraphQLDirective] = GraphQLDirective.specified,
        description: String? = nil
    ) throws(SchemaError) {
        try self.init(
            query: query, mutation: mutation, subscription: subscription, types: types, directives: directives,
            description: description, definitionLocation: nil, operationTypeLocations: [:])
    }

    init(
        query: String?,
        mutation: String?,
        subscription: String?,
        types configTypes: [GraphQLNamedType],
        directives: [GraphQLDirective],
        description: String?,
        definitionLocation: SourceLocation?,
        operationTypeLocations: [OperationType: SourceLocation]
    ) throws(SchemaError) {
        self.description = description
        self.queryTypeName = query
        self.mutationTypeName = mutation
        self.subscriptionTypeName = subscription
        self.directives = directives
        self.definitionLocation = definitionLocation
        self.operationTypeLocations = operationTypeLocations

        var collector = TypeCollector(configTypes: configTypes)
        for type in configTypes {
            collector.remove(type.name)
            collector.collect(type.name)
        }
        for root in [query, mutation, subscription].compactMap({ $0 }) { collector.collect(root) }
        for directive in directives {
            for argument in directive.arguments { collector.collect(argument.type.namedType) }
        }
        collector.collect("__Schema")
        let collected = collector.ordered
        if !collector.unknownNames.isEmpty || !collector.duplicateNames.isEmpty {
            let unknown = collector.unknownNames.map { GraphQLError("Unknown type \"\($0)\".") }
            let duplicate = collector.duplicateNames.map {
                GraphQLError("Schema must contain uniquely named types but contains multiple types named \"\($0)\".")
            }
            throw .invalidTypeSystem(duplicate + unknown)
        }
        self.types = collected
        self.typeIndex = NameTable(collected.map(\.name))
        self.directiveIndex = NameTable(directives.map(\.name))

        var implementations: [String: Implementations] = [:]
        for type in collected {
            switch type {
            case .object(let object):
                for interface in object.interfaces { implementations[interface, default: Implementations()].objects.append(object.name) }
            case .interface(let interface):
                for parent in interface.interfaces {
                    implementations[parent, default: Implementations()].interfaces.append(interface.name)
                }
            default: break
            }
        }
        self.implementationsByInterface = implementations
        var possible: [String: Set<String>] = [:]
        for type in collected {
            switch type {
            case .union(let union): possible[union.name] = Set(union.types)
            case .interface(let interface): possible[interface.name] = Set(implementations[interface.name]?.objects ?? [])
            default: break
            }
        }
        self.possibleTypeNames = possible

        let errors = SchemaValidator(schema: self).validate()
        if !errors.isEmpty { throw .invalidTypeSystem(errors) }
    }

    /// The type called `name`, if the schema has one.
    public func type(named name: String) -> GraphQLNamedType? {
        guard let position = typeIndex.position(of: name) else { return nil }
        return types[position]
    }

    /// The type called `name`, given its ``NameTable/hash(_:)``.
    func type(named name: String, hash: Int) -> GraphQLNamedType? {
        guard let position = typeIndex.position(of: name, hash: hash) else { return nil }
        return types[position]
    }

    /// The named type at the core of a field's type.
    func namedType(of field: GraphQLField) -> GraphQLNamedType? {
        type(named: field.namedTypeName, hash: field.namedTypeHash)
    }

    /// The named type at the core of an argument's or input field's type.
    func namedType(of value: GraphQLInputValue) -> GraphQLNamedType? {
        type(named: value.namedTypeName, hash: value.namedTypeHash)
    }

    /// The directive called `name` (without `@`), if the schema has one.
    public func directive(named name: String) -> GraphQLDirective? {
        directiveIndex.position(of: name).map { directives[$0] }
    }

    /// The root type name for an operation type, if the schema supports that operation.
    public func rootTypeName(for operation: OperationType) -> String? {
        switch operation {
        case .query: queryTypeName
        case .mutation: mutationTypeName
        case .subscription: subscriptionTypeName
        }
    }

    /// The root object type for an operation type (spec §3.3.1).
    public func rootType(for operation: OperationType) -> GraphQLObjectType? {
        guard let name = rootTypeName(for: operation), case .object(let object)? = type(named: name) else { return nil }
        return object
    }

    public var queryType: GraphQLObjectType? { rootType(for: .query) }
    public var mutationType: GraphQLObjectType? { rootType(for: .mutation) }
    public var subscriptionType: GraphQLObjectType? { rootType(for: .subscription) }

    /// The object types that an abstract type may be at runtime, in schema order for interfaces
    /// and declaration order for unions (what `possibleTypes` introspects).
    public func possibleTypes(of abstractType: String) -> [GraphQLObjectType] {
        let names: [String]
        switch type(named: abstractType) {
        case .union(let union)?: names = union.types
        case .interface?: names = implementationsByInterface[abstractType]?.objects ?? []
        default: return []
        }
        return names.compactMap { if case .object(let object)? = type(named: $0) { object } else { nil } }
    }

    /// The objects and interfaces that declare they implement `interface`, in schema order.
    public func implementations(of interface: String) -> (objects: [String], interfaces: [String]) {
        let found = implementationsByInterface[interface] ?? Implementations()
        return (found.objects, found.interfaces)
    }

    /// Whether `maybeSubType` is a possible type of, or an interface implementing, `abstractType`.
    public func isSubType(_ maybeSubType: String, of abstractType: String) -> Bool {
        if possibleTypeNames[abstractType]?.contains(maybeSubType) == true { return true }
        if case .interface? = type(named: abstractType) {
            return implementationsByInterface[abstractType]?.interfaces.contains(maybeSubType) == true
        }
        return false
    }

    private struct Implementations: Sendable {
        var objects: [String] = []
        var interfaces: [String] = []
    }
}
