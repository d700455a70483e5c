import GraphQLSchema

/// The second half of the catalog check: orderings, groupings, the root fields, and the object
/// types that make up connections (edges, page info, aggregates, groups).
extension CatalogBuilder {
    static let connectionFields: Set<String> = ["edges", "nodes", "pageInfo", "totalCount", "aggregate", "groupBy"]
    static let pageInfoFields: Set<String> = ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"]
    static let statistics: Set<String> = ["sum", "avg", "min", "max"]

    /// Resolves each entity's `<Type>OrderField` and `<Type>GroupKey` from the connections that
    /// return it, and checks each connection type's structure.
    mutating func resolveOrderingsAndGroups(_ entities: inout [String: Entity]) {
        var connections: [(field: GraphQLField, entity: String, relation: Relation?)] = []
        for entity in entities.values {
            for relation in entity.relations.values where relation.isList {
                if let field = schema.type(named: entity.typeName)?.field(named: relation.name) {
                    connections.append((field, relation.target, relation))
                }
            }
        }
        if let query = schema.queryType {
            for field in query.fields where isConnection(field.type) {
                if let element = connectionElementType(field.type), entities[element] != nil {
                    connections.append((field, element, nil))
                }
            }
        }
        for (field, entityName, relation) in connections {
            guard var entity = entities[entityName] else { continue }
            if entity.orderFields.isEmpty { entity.orderFields = orderFields(of: field, entity: entity) }
            if entity.groupKeys.isEmpty { entity.groupKeys = groupKeys(of: entity, entities: entities) }
            entities[entityName] = entity
            checkConnection(field.type.namedType, entity: entity, relation: relation)
        }
    }

    private mutating func orderFields(of field: GraphQLField, entity: Entity) -> [String: Column] {
        guard let orderBy = field.arguments["orderBy"],
              case .inputObject(let input)? = schema.type(named: orderBy.type.namedType),
              let fieldArgument = input.fields["field"],
              case .enumeration(let enumeration)? = schema.type(named: fieldArgument.type.namedType)
        else { return [:] }
        var result: [String: Column] = [:]
        for value in enumeration.values {
            if value.name == "ID" {
                result[value.name] = entity.keyColumn
            } else if let column = entity.columns[camelCase(fromUpperSnake: value.name)] {
                result[value.name] = column
            } else {
                problems.append("\(enumeration.name).\(value.name) names no column field of \(entity.typeName).")
            }
        }
        return result
    }

    private mutating func groupKeys(of entity: Entity, entities: [String: Entity]) -> [String: GroupKey] {
        guard let entityMapping = mapping.entity(named: entity.typeName) else { return [:] }
        var keyType: GraphQLObjectType?
        if case .object(let type)? = schema.type(named: "\(entity.typeName)GroupKey") { keyType = type }
        var result: [String: GroupKey] = [:]
        for key in entityMapping.groupKeys {
            let place = "\(entity.typeName)GroupKey.\(key.name)"
            guard let schemaField = keyType?.fields[key.name] else {
                problems.append("Group key \(place) is mapped but not in the schema.")
                continue
            }
            var reached = entity
            var path: [Relation] = []
            for step in key.path {
                guard let relation = reached.relations[step], let next = entities[relation.target] else {
                    problems.append("Group key \(place): \(reached.typeName).\(step) is not a mapped relation.")
                    break
                }
                path.append(relation)
                reached = next
            }
            guard path.count == key.path.count else { continue }
            let isObject = if case .object? = schema.type(named: schemaField.type.namedType) { true } else { false }
            switch key.value {
            case .object where isObject && schemaField.type.namedType == reached.typeName:
                result[key.name] = GroupKey(name: key.name, path: path, value: .object(Entity.Reference(typeName: reached.typeName, primaryKey: reached.primaryKey)))
            case .field(let name) where !isObject:
                guard let column = reached.columns[name] else {
                    problems.append("Group key \(place): \(reached.typeName).\(name) is not a column field.")
                    continue
                }
                result[key.name] = GroupKey(name: key.name, path: path, value: .column(column))
            case .sql(let template) where !isObject:
                let isEnum = if case .enumeration? = schema.type(named: schemaField.type.namedType) { true } else { false }
                let leaf = LeafType(named: schemaField.type.namedType, isEnum: isEnum)
                result[key.name] = GroupKey(name: key.name, path: path, value: .column(Column(expression: .sql(template), type: leaf, isNullable: true)))
            default:
                problems.append("Group key \(place) is mapped to a \(isObject ? "value" : "object") but its type is \(schemaField.type).")
            }
        }
        for field in keyType?.fields ?? NameIndexed() where result[field.name] == nil && !problems.contains(where: { $0.contains("\(entity.typeName)GroupKey.\(field.name)") }) {
            problems.append("Group key \(entity.typeName)GroupKey.\(field.name) of the schema is not mapped.")
        }
        return result
    }

    // MARK: Connection structure

    private mutating func checkConnection(_ typeName: String, entity: Entity, relation: Relation?) {
        guard !covered.contains(typeName), let fields = schema.type(named: typeName)?.fields else { return }
        covered.insert(typeName)
        for field in fields {
            guard CatalogBuilder.connectionFields.contains(field.name) else {
                problems.append("Field \(typeName).\(field.name) is not part of a connection.")
                continue
            }
            let inner = field.type.namedType
            switch field.name {
            case "edges":
                covered.insert(inner)
                for edgeField in schema.type(named: inner)?.fields ?? NameIndexed()
                where edgeField.name != "cursor" && edgeField.name != "node" && relation?.edgeFields[edgeField.name] == nil {
                    problems.append("Edge field \(inner).\(edgeField.name) is not mapped to a link column.")
                }
            case "pageInfo":
                covered.insert(inner)
                for pageField in schema.type(named: inner)?.fields ?? NameIndexed() where !CatalogBuilder.pageInfoFields.contains(pageField.name) {
                    problems.append("Field \(inner).\(pageField.name) is not part of page info.")
                }
            case "aggregate":
                checkFigures(inner, entity: entity, extra: ["count"])
            case "groupBy":
                checkFigures(inner, entity: entity, extra: ["count", "key"])
                if let key = schema.type(named: inner)?.field(named: "key") { covered.insert(key.type.namedType) }
            default:
                break
            }
        }
    }

    /// An aggregate or group type: `count`, the key, and `sum`/`avg`/`min`/`max` objects whose fields
    /// are columns of the entity.
    private mutating func checkFigures(_ typeName: String, entity: Entity, extra: Set<String>) {
        covered.insert(typeName)
        for field in schema.type(named: typeName)?.fields ?? NameIndexed() where !extra.contains(field.name) {
            guard CatalogBuilder.statistics.contains(field.name) else {
                problems.append("Field \(typeName).\(field.name) is not an aggregate.")
                continue
            }
            let statistic = field.type.namedType
            covered.insert(statistic)
            for column in schema.type(named: statistic)?.fields ?? NameIndexed() where entity.columns[column.name] == nil {
                problems.append("Aggregate field \(statistic).\(column.name) is not a column field of \(entity.typeName).")
            }
        }
    }

    // MARK: Root and coverage

    mutating func checkRoot(entities: [String: Entity]) {
        guard let query = schema.queryType else {
            problems.append("The schema has no query type.")
            return
        }
        covered.insert(query.name)
        for field in query.fields {
            switch field.name {
            case "node", "nodes":
                if field.type.namedType != "Node" { problems.append("Field \(query.name).\(field.name) must return Node.") }
            default:
                if !isConnection(field.type) || connectionElementType(field.type).flatMap({ entities[$0] }) == nil {
                    problems.append("Root field \(query.name).\(field.name) is not a connection of a mapped type.")
                }
            }
        }
        for type in schema.possibleTypes(of: "Node") where entities[type.name] == nil {
            problems.append("Type \(type.name) implements Node but is not mapped.")
        }
    }

    mutating func checkEveryObjectTypeIsCovered() {
        for type in schema.types {
            guard case .object(let object) = type, !type.isIntrospectionType, !covered.contains(object.name) else { continue }
            problems.append("Object type \(object.name) is neither mapped nor part of a connection.")
        }
    }
}
