import GraphQLSchema

extension Catalog {
    /// Resolves `mapping` against `schema`, checking that every object field of the schema is
    /// computed by the mapping (or is part of a connection's structure) and that every mapped field
    /// exists in the schema.
    init(schema: Schema, mapping: Mapping) throws(MappingError) {
        var builder = CatalogBuilder(schema: schema, mapping: mapping)
        var entities = builder.resolveEntities()
        builder.resolveOrderingsAndGroups(&entities)
        builder.checkRoot(entities: entities)
        builder.checkEveryObjectTypeIsCovered()
        if !builder.problems.isEmpty { throw MappingError(problems: builder.problems) }
        self.init(
            schema: schema,
            entities: entities,
            nodeTypes: schema.possibleTypes(of: "Node").map(\.name).filter { entities[$0] != nil })
    }
}

/// The work of ``Catalog/init(schema:mapping:)``: resolution and the checks, problems collected.
struct CatalogBuilder {
    let schema: Schema
    let mapping: Mapping
    var problems: [String] = []
    /// Object types accounted for: mapped entities, the root, and connection structure types.
    var covered: Set<String> = []

    init(schema: Schema, mapping: Mapping) {
        self.schema = schema
        self.mapping = mapping
    }

    // MARK: Entities

    mutating func resolveEntities() -> [String: Entity] {
        var entities: [String: Entity] = [:]
        for entityMapping in mapping.entities {
            guard case .object(let object)? = schema.type(named: entityMapping.typeName) else {
                problems.append("Mapped type \(entityMapping.typeName) is not an object type of the schema.")
                continue
            }
            covered.insert(object.name)
            entities[object.name] = resolve(entityMapping, object: object)
        }
        return entities
    }

    private mutating func resolve(_ entityMapping: EntityMapping, object: GraphQLObjectType) -> Entity {
        let name = object.name
        var columns: [String: Column] = [:]
        var relations: [String: Relation] = [:]
        for field in entityMapping.fields {
            guard let schemaField = object.fields[field.name] else {
                problems.append("Mapped field \(name).\(field.name) is not a field of \(name) in the schema.")
                continue
            }
            switch field.source {
            case .column(let column):
                if let leaf = leafType(of: schemaField.type, at: "\(name).\(field.name)") {
                    columns[field.name] = Column(expression: .column(column), type: leaf, isNullable: !schemaField.type.isNonNull)
                }
            case .sql(let template):
                if let leaf = leafType(of: schemaField.type, at: "\(name).\(field.name)") {
                    columns[field.name] = Column(expression: .sql(template), type: leaf, isNullable: !schemaField.type.isNonNull)
                }
            case .relation(let relation):
                if let resolved = resolve(relation, named: field.name, from: entityMapping, schemaField: schemaField) {
                    relations[field.name] = resolved
                }
            }
        }
        for schemaField in object.fields where schemaField.name != "id" && entityMapping.field(named: schemaField.name) == nil {
            problems.append("Field \(name).\(schemaField.name) of the schema is not mapped.")
        }
        if let id = object.fields["id"], id.type != .nonNull(.named("ID")) {
            problems.append("Field \(name).id must be ID! (the global ID of the primary key).")
        }
        return Entity(
            typeName: name,
            table: entityMapping.table,
            primaryKey: entityMapping.primaryKey,
            columns: columns,
            relations: relations,
            groupKeys: [:],
            orderFields: [:])
    }

    private mutating func leafType(of type: GraphQLType, at place: String) -> LeafType? {
        let isList = type.isList
        switch schema.type(named: type.namedType) {
        case .scalar?: return LeafType(named: type.namedType, isEnum: false, isList: isList)
        case .enumeration?: return LeafType(named: type.namedType, isEnum: true, isList: isList)
        default:
            problems.append("Field \(place) is mapped to a column but its type \(type) is not a scalar or enum.")
            return nil
        }
    }

    private mutating func resolve(_ relation: RelationMapping, named name: String, from source: EntityMapping, schemaField: GraphQLField) -> Relation? {
        let place = "\(source.typeName).\(name)"
        guard let target = mapping.entity(named: relation.target) else {
            problems.append("Relation \(place) leads to \(relation.target), which is not mapped.")
            return nil
        }
        guard !relation.path.isEmpty else {
            problems.append("Relation \(place) has an empty join path.")
            return nil
        }
        var steps: [Relation.Step] = []
        var edgeFields: [String: Relation.EdgeField] = [:]
        var previousKey = source.primaryKey
        for (index, step) in relation.path.enumerated() {
            let isLast = index == relation.path.count - 1
            guard let table = step.table ?? (isLast ? target.table : nil) else {
                problems.append("Relation \(place): join step \(index + 1) names no table.")
                return nil
            }
            if isLast, table != target.table {
                problems.append("Relation \(place) ends at table \(table), not \(target.typeName)'s table \(target.table).")
            }
            let key = isLast ? target.primaryKey : (step.key ?? "id")
            steps.append(Relation.Step(table: table, from: step.from ?? previousKey, to: step.to ?? key, tiebreaker: isLast ? nil : step.key))
            for edgeField in step.edgeFields {
                guard case .column(let column) = edgeField.source else {
                    problems.append("Edge field \(place).\(edgeField.name) must be a column of the link table.")
                    continue
                }
                guard let leaf = edgeFieldType(edgeField.name, of: schemaField) else {
                    problems.append("Edge field \(place).\(edgeField.name) is not a field of the connection's edge type.")
                    continue
                }
                edgeFields[edgeField.name] = Relation.EdgeField(
                    step: index, column: Column(expression: .column(column), type: leaf, isNullable: false))
            }
            previousKey = key
        }
        if relation.isList != isConnection(schemaField.type) {
            problems.append("Relation \(place) is \(relation.isList ? "to-many" : "to-one") but its schema type is \(schemaField.type).")
        }
        let reached = relation.isList ? connectionElementType(schemaField.type) : schemaField.type.namedType
        if reached != relation.target {
            problems.append("Relation \(place) leads to \(relation.target) but the schema says \(reached ?? schemaField.type.description).")
        }
        return Relation(name: name, target: target.typeName, isList: relation.isList, steps: steps, edgeFields: edgeFields)
    }

    private func edgeFieldType(_ name: String, of field: GraphQLField) -> LeafType? {
        guard let edges = schema.type(named: field.type.namedType)?.field(named: "edges"),
              let edgeField = schema.type(named: edges.type.namedType)?.field(named: name) else { return nil }
        let isEnum = if case .enumeration? = schema.type(named: edgeField.type.namedType) { true } else { false }
        return LeafType(named: edgeField.type.namedType, isEnum: isEnum, isList: edgeField.type.isList)
    }

    /// Whether a field's type is a connection: an object with `edges`, `nodes` or `pageInfo`.
    func isConnection(_ type: GraphQLType) -> Bool {
        guard !type.isList, let fields = schema.type(named: type.namedType)?.fields else { return false }
        return fields.contains(name: "nodes") || fields.contains(name: "edges")
    }

    /// The node type of a connection type.
    func connectionElementType(_ type: GraphQLType) -> String? {
        schema.type(named: type.namedType)?.field(named: "nodes")?.type.namedType
    }
}
