/// Gathers the types a schema reaches, in graphql-js's type-map order.
///
/// graphql-js fills a JavaScript `Set` with the configured types, then for each one deletes it and
/// re-adds it followed by everything it references (depth first); introspection reports types in
/// the resulting order, so it is reproduced here, delete-and-append included.
struct TypeCollector {
    private var entries: [GraphQLNamedType?] = []
    private var positionByName: [String: Int] = [:]
    private var configTypes: [String: GraphQLNamedType] = [:]
    private(set) var unknownNames: [String] = []
    private(set) var duplicateNames: [String] = []

    init(configTypes types: [GraphQLNamedType]) {
        for type in types {
            if configTypes[type.name] != nil {
                if !duplicateNames.contains(type.name) { duplicateNames.append(type.name) }
                continue
            }
            configTypes[type.name] = type
            positionByName[type.name] = entries.count
            entries.append(type)
        }
    }

    var ordered: [GraphQLNamedType] { entries.compactMap { $0 } }

    mutating func remove(_ name: String) {
        guard let position = positionByName.removeValue(forKey: name) else { return }
        entries[position] = nil
    }

    mutating func collect(_ name: String) {
        if positionByName[name] != nil { return }
        guard let type = resolve(name) else {
            if !unknownNames.contains(name) { unknownNames.append(name) }
            return
        }
        positionByName[name] = entries.count
        entries.append(type)
        switch type {
        case .union(let union):
            for member in union.types { collect(member) }
        case .object(let object):
            collectFields(interfaces: object.interfaces, fields: object.fields)
        case .interface(let interface):
            collectFields(interfaces: interface.interfaces, fields: interface.fields)
        case .inputObject(let input):
            for field in input.fields { collect(field.type.namedType) }
        case .scalar, .enumeration:
            break
        }
    }

    private mutating func collectFields(interfaces: [String], fields: NameIndexed<GraphQLField>) {
        for interface in interfaces { collect(interface) }
        for field in fields {
            collect(field.type.namedType)
            for argument in field.arguments { collect(argument.type.namedType) }
        }
    }

    private func resolve(_ name: String) -> GraphQLNamedType? {
        if let type = configTypes[name] { return type }
        if let scalar = GraphQLScalarType.specified.first(where: { $0.name == name }) { return .scalar(scalar) }
        return IntrospectionTypes.all.first { $0.name == name }
    }
}
