import GraphQLLanguage
import GraphQLSchema

/// Aggregates and groups: figures computed by the database over all matching rows.
extension Planner {
    mutating func planAggregate(
        _ group: FieldCollector.Group, connectionType: String, entity: Entity, depth: Int, path: [PathComponent]
    ) throws(QueryError) -> AggregatePlan {
        let aggregateType = try definition(of: group, on: connectionType).type.namedType
        var plan = AggregatePlan(typeName: aggregateType, entries: [])
        for child in collector.collect(group.subselections, on: aggregateType) {
            let childPath = path + [.key(child.key)]
            try count(child, depth: depth + 1, path: childPath)
            switch child.name {
            case "__typename": plan.entries.append((child.key, .typename))
            case "count": plan.entries.append((child.key, .count))
            default:
                plan.entries.append((child.key, .statistic(try planStatistic(child, on: aggregateType, entity: entity, depth: depth + 1, path: childPath))))
            }
        }
        return plan
    }

    /// `sum { amount }` and the like: the columns aggregated and the type each result is written as.
    private mutating func planStatistic(
        _ group: FieldCollector.Group, on parentType: String, entity: Entity, depth: Int, path: [PathComponent]
    ) throws(QueryError) -> StatisticPlan {
        guard let function = StatisticPlan.Function(rawValue: group.name) else {
            throw QueryError.unknownField(group.name, on: parentType, at: group.first)
        }
        let statisticType = try definition(of: group, on: parentType).type.namedType
        var plan = StatisticPlan(typeName: statisticType, function: function, entries: [])
        for child in collector.collect(group.subselections, on: statisticType) {
            try count(child, depth: depth + 1, path: path + [.key(child.key)])
            if child.name == "__typename" {
                plan.entries.append((child.key, nil, LeafType(kind: .string)))
                continue
            }
            guard let column = entity.columns[child.name] else {
                throw QueryError.unknownField(child.name, on: statisticType, at: child.first)
            }
            let outputType = try definition(of: child, on: statisticType).type.namedType
            plan.entries.append((child.key, column, LeafType(named: outputType, isEnum: false)))
        }
        return plan
    }

    mutating func planGroups(
        _ group: FieldCollector.Group, connectionType: String, entity: Entity, depth: Int, path: [PathComponent]
    ) throws(QueryError) -> GroupPlan {
        let field = try definition(of: group, on: connectionType)
        let groupType = field.type.namedType
        var keys: [GroupKey] = []
        for item in argument("by", of: group, definition: field, path: path).elements(variables: variables) {
            guard let value = item.enumValue, let key = entity.groupKeys[camelCase(fromUpperSnake: value)] else { continue }
            if !keys.contains(where: { $0.name == key.name }) { keys.append(key) }
        }
        let order = argument("orderBy", of: group, definition: field, path: path).enumValue.flatMap(GroupPlan.Order.init(rawValue:)) ?? .keyAscending
        let limit = source(argument("first", of: group, definition: field, path: path),
                           .pageSize(defaultSize: limits.defaultGroupCount, maximum: limits.maximumGroupCount, offset: 0, limitName: "groupBy(first:)"),
                           type: .bigint)
        var plan = GroupPlan(typeName: groupType, keys: keys, order: order, limit: limit, entries: [])
        for child in collector.collect(group.subselections, on: groupType) {
            let childPath = path + [.key(child.key)]
            try count(child, depth: depth + 1, path: childPath)
            switch child.name {
            case "__typename": plan.entries.append((child.key, .typename))
            case "count": plan.entries.append((child.key, .count))
            case "key": plan.entries.append((child.key, .key(try planGroupKey(child, on: groupType, keys: keys, depth: depth + 1, path: childPath))))
            default:
                plan.entries.append((child.key, .statistic(try planStatistic(child, on: groupType, entity: entity, depth: depth + 1, path: childPath))))
            }
        }
        return plan
    }

    private mutating func planGroupKey(
        _ group: FieldCollector.Group, on groupType: String, keys: [GroupKey], depth: Int, path: [PathComponent]
    ) throws(QueryError) -> GroupPlan.KeyPlan {
        let keyType = try definition(of: group, on: groupType).type.namedType
        var plan = GroupPlan.KeyPlan(typeName: keyType, entries: [])
        for child in collector.collect(group.subselections, on: keyType) {
            let childPath = path + [.key(child.key)]
            try count(child, depth: depth + 1, path: childPath)
            if child.name == "__typename" {
                plan.entries.append((child.key, .typename))
            } else if let index = keys.firstIndex(where: { $0.name == child.name }) {
                switch keys[index].value {
                case .column: plan.entries.append((child.key, .value(index)))
                case .object(let reference):
                    let object = try planObject(catalog.entity(reference.typeName), selections: child.subselections, depth: depth + 2, path: childPath)
                    plan.entries.append((child.key, .object(index, object)))
                }
            } else {
                plan.entries.append((child.key, .null))
            }
        }
        return plan
    }
}
