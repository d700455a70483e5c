import GraphQLLanguage
import GraphQLSchema

/// Connections (Relay Cursor Connections): arguments, ordering, page, and what is selected.
extension Planner {
    mutating func planConnection(
        _ group: FieldCollector.Group, field: GraphQLField, entity: Entity, relation: Relation?, depth: Int, path: [PathComponent]
    ) throws(QueryError) -> ConnectionPlan {
        let first = argument("first", of: group, definition: field, path: path)
        let last = argument("last", of: group, definition: field, path: path)
        if !first.isNull && !last.isNull {
            throw QueryError(.badUserInput, "Arguments \"first\" and \"last\" cannot be used together on \"\(group.key)\".",
                             locations: [group.first.location.sourceLocation], path: path)
        }
        let backward = !last.isNull
        let sizeRef = backward ? last : first
        let limitName = backward ? "last" : "first"
        let size = source(sizeRef, .pageSize(defaultSize: limits.defaultPageSize, maximum: limits.maximumPageSize, offset: 0, limitName: limitName), type: .bigint)
        let sizePlusOne = source(sizeRef, .pageSize(defaultSize: limits.defaultPageSize, maximum: limits.maximumPageSize, offset: 1, limitName: limitName), type: .bigint)

        let ordering = try planOrdering(argument("orderBy", of: group, definition: field, path: path), entity: entity, relation: relation)
        let after = cursorSources(argument("after", of: group, definition: field, path: path), ordering: ordering)
        let before = cursorSources(argument("before", of: group, definition: field, path: path), ordering: ordering)

        let filterRef = argument("filter", of: group, definition: field, path: path)
        let filter = filterRef.isNull ? nil : try planFilter(filterRef, entity: entity, depth: 1)

        var edgeConditions: [(field: Relation.EdgeField, value: BindSource)] = []
        for (name, edgeField) in (relation?.edgeFields ?? [:]).sorted(by: { $0.key < $1.key }) where field.arguments[name] != nil {
            let ref = argument(name, of: group, definition: field, path: path)
            if !ref.isNull {
                edgeConditions.append((edgeField, source(ref, .value(edgeField.column.type), type: edgeField.column.type.sqlType)))
            }
        }

        var plan = ConnectionPlan(
            typeName: field.type.namedType, entity: entity, relation: relation, filter: filter, edgeConditions: edgeConditions,
            ordering: ordering, page: Page(backward: backward, size: size, sizePlusOne: sizePlusOne, after: after, before: before),
            entries: [])
        for child in collector.collect(group.subselections, on: plan.typeName) {
            let childPath = path + [.key(child.key)]
            try count(child, depth: depth + 1, path: childPath)
            let value: ConnectionPlan.Value
            switch child.name {
            case "__typename": value = .typename(plan.typeName)
            case "totalCount": value = .totalCount
            case "nodes":
                value = .nodes(try planObject(entity, selections: child.subselections, depth: depth + 2, path: childPath))
            case "edges":
                value = .edges(try planEdges(child, connectionType: plan.typeName, entity: entity, relation: relation, depth: depth + 1, path: childPath))
            case "pageInfo":
                value = .pageInfo(try planPageInfo(child, connectionType: plan.typeName, depth: depth + 1, path: childPath))
            case "aggregate":
                value = .aggregate(try planAggregate(child, connectionType: plan.typeName, entity: entity, depth: depth + 1, path: childPath))
            case "groupBy":
                value = .groupBy(try planGroups(child, connectionType: plan.typeName, entity: entity, depth: depth + 1, path: childPath))
            default:
                throw QueryError.unknownField(child.name, on: plan.typeName, at: child.first)
            }
            plan.entries.append(ConnectionPlan.Entry(key: child.key, value: value))
        }
        return plan
    }

    /// The requested sort keys, then the primary key and any link key as tiebreakers, in the
    /// direction of the last requested key.
    private func planOrdering(_ orderBy: InputRef, entity: Entity, relation: Relation?) throws(QueryError) -> Ordering {
        var keys: [Ordering.Key] = []
        var signature = entity.typeName + "|"
        var hasPrimaryKey = false
        for item in orderBy.elements(variables: variables) {
            guard let fieldName = item.field("field", schema: schema, variables: variables).enumValue,
                  let column = entity.orderFields[fieldName] else { continue }
            let descending = item.field("direction", schema: schema, variables: variables).enumValue == "DESC"
            keys.append(Ordering.Key(source: .target(column), descending: descending, isNullable: column.isNullable, leaf: column.type))
            signature += fieldName + (descending ? ":D," : ":A,")
            if fieldName == "ID" { hasPrimaryKey = true }
        }
        let descending = keys.last?.descending ?? false
        if !hasPrimaryKey {
            keys.append(Ordering.Key(source: .target(entity.keyColumn), descending: descending, isNullable: false, leaf: LeafType(kind: .id)))
        }
        for (index, step) in (relation?.steps ?? []).enumerated() {
            if let tiebreaker = step.tiebreaker {
                keys.append(Ordering.Key(source: .step(index, tiebreaker), descending: descending, isNullable: false, leaf: LeafType(kind: .id)))
                signature += "link\(index),"
            }
        }
        return Ordering(keys: keys, tag: Cursor.tag(forOrdering: signature))
    }

    private mutating func cursorSources(_ ref: InputRef, ordering: Ordering) -> [BindSource]? {
        if ref.isNull { return nil }
        return ordering.keys.enumerated().map { index, key in
            source(ref, .cursorValue(tag: ordering.tag, index: index, count: ordering.keys.count, leaf: key.leaf, isNullable: key.isNullable),
                   type: key.leaf.sqlType)
        }
    }

    private mutating func planEdges(
        _ group: FieldCollector.Group, connectionType: String, entity: Entity, relation: Relation?, depth: Int, path: [PathComponent]
    ) throws(QueryError) -> EdgePlan {
        let edgeType = try definition(of: group, on: connectionType).type.namedType
        var plan = EdgePlan(typeName: edgeType, entries: [])
        for child in collector.collect(group.subselections, on: edgeType) {
            let childPath = path + [.key(child.key)]
            try count(child, depth: depth + 1, path: childPath)
            let value: EdgePlan.Value
            switch child.name {
            case "__typename": value = .typename
            case "cursor": value = .cursor
            case "node": value = .node(try planObject(entity, selections: child.subselections, depth: depth + 2, path: childPath))
            default:
                guard let edgeField = relation?.edgeFields[child.name] else {
                    throw QueryError.unknownField(child.name, on: edgeType, at: child.first)
                }
                value = .edgeField(child.name, edgeField)
            }
            plan.entries.append(EdgePlan.Entry(key: child.key, value: value))
        }
        return plan
    }

    private mutating func planPageInfo(_ group: FieldCollector.Group, connectionType: String, depth: Int, path: [PathComponent]) throws(QueryError) -> PageInfoPlan {
        let pageInfoType = try definition(of: group, on: connectionType).type.namedType
        var plan = PageInfoPlan(typeName: pageInfoType, entries: [])
        for child in collector.collect(group.subselections, on: pageInfoType) {
            try count(child, depth: depth + 1, path: path + [.key(child.key)])
            let value: PageInfoPlan.Value
            switch child.name {
            case "__typename": value = .typename
            case "hasNextPage": value = .hasNextPage
            case "hasPreviousPage": value = .hasPreviousPage
            case "startCursor": value = .startCursor
            case "endCursor": value = .endCursor
            default:
                throw QueryError.unknownField(child.name, on: pageInfoType, at: child.first)
            }
            plan.entries.append((child.key, value))
        }
        return plan
    }
}
