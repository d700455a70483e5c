/// Aggregates and groups, computed by PostgreSQL over the connection's matching rows (all pages).
extension SQLGenerator {
    /// `(SELECT json_build_object('count', count(*), 'sum', json_build_object(…)) FROM … WHERE …)`.
    mutating func aggregateSelect(_ aggregate: AggregatePlan, plan: ConnectionPlan, parent: Identifier?) -> SQLSelect {
        var (select, target, _) = filteredRows(plan, parent: parent)
        var entries: [JSONEntry] = []
        for (key, value) in aggregate.entries {
            switch value {
            case .typename: entries.append(JSONEntry(key: key, value: .string(aggregate.typeName)))
            case .count: entries.append(JSONEntry(key: key, value: SQLGenerator.countAll))
            case .statistic(let statistic):
                entries.append(JSONEntry(key: key, value: .jsonObject(statistic.entries.map { entry in
                    guard let column = entry.column else { return JSONEntry(key: entry.key, value: .string(statistic.typeName)) }
                    return JSONEntry(key: entry.key, value: SQLGenerator.statistic(statistic.function, of: column.sql(on: target), output: entry.output))
                })))
            }
        }
        select.columns = [SQLSelectColumn(.jsonObject(entries))]
        return select
    }

    static let countAll = SQLExpression.aggregate(SQLAggregate(function: .count, arguments: []))

    /// `sum(x)` and the like, written as the statistic field's GraphQL type wants.
    static func statistic(_ function: StatisticPlan.Function, of value: SQLExpression, output: LeafType) -> SQLExpression {
        let name: SQLFunction = switch function {
        case .sum: .sum
        case .avg: .avg
        case .min: .min
        case .max: .max
        }
        let result = SQLExpression.aggregate(SQLAggregate(function: name, arguments: [value]))
        switch output.kind {
        case .decimal: return result.cast(.text)
        case .float: return result.cast(.doublePrecision)
        case .int: return result.cast(.bigint)
        default: return output.output(result)
        }
    }

    /// ```
    /// (SELECT coalesce(json_agg(json_build_object('key', …, 'count', g._count) ORDER BY …), '[]')
    ///  FROM (SELECT key AS _g0, count(*) AS _count, … FROM … GROUP BY key ORDER BY … LIMIT $n) AS g
    ///  LEFT JOIN LATERAL (object of an object key) …)
    /// ```
    mutating func groupSelect(_ groups: GroupPlan, plan: ConnectionPlan, parent: Identifier?) -> SQLSelect {
        var (inner, target, _) = filteredRows(plan, parent: parent)
        var keyExpressions: [SQLExpression] = []
        for key in groups.keys { keyExpressions.append(groupKeyExpression(key, row: target, into: &inner)) }
        let grouped = alias("g")
        var innerColumns: [SQLSelectColumn] = []
        for (index, expression) in keyExpressions.enumerated() {
            innerColumns.append(SQLSelectColumn(expression, as: Identifier("_g\(index)")))
        }
        innerColumns.append(SQLSelectColumn(SQLGenerator.countAll, as: "_count"))

        var outer = SQLSelect(columns: [])
        var entries: [JSONEntry] = []
        var statisticCount = 0
        for (key, value) in groups.entries {
            switch value {
            case .typename:
                entries.append(JSONEntry(key: key, value: .string(groups.typeName)))
            case .count:
                entries.append(JSONEntry(key: key, value: .column(grouped, "_count")))
            case .statistic(let statistic):
                var fields: [JSONEntry] = []
                for entry in statistic.entries {
                    guard let column = entry.column else {
                        fields.append(JSONEntry(key: entry.key, value: .string(statistic.typeName)))
                        continue
                    }
                    let name = Identifier("_s\(statisticCount)")
                    statisticCount += 1
                    innerColumns.append(SQLSelectColumn(SQLGenerator.statistic(statistic.function, of: column.sql(on: target), output: entry.output), as: name))
                    fields.append(JSONEntry(key: entry.key, value: .column(grouped, name)))
                }
                entries.append(JSONEntry(key: key, value: .jsonObject(fields)))
            case .key(let keyPlan):
                var fields: [JSONEntry] = []
                for (fieldKey, keyValue) in keyPlan.entries {
                    switch keyValue {
                    case .typename:
                        fields.append(JSONEntry(key: fieldKey, value: .string(keyPlan.typeName)))
                    case .null:
                        fields.append(JSONEntry(key: fieldKey, value: .null))
                    case .value(let index):
                        guard case .column(let column) = groups.keys[index].value else { continue }
                        fields.append(JSONEntry(key: fieldKey, value: column.type.output(.column(grouped, Identifier("_g\(index)")))))
                    case .object(let index, let objectPlan):
                        let lateral = alias("o")
                        let entity = objectPlan.entity
                        let row = alias("t")
                        var object = SQLSelect(columns: [], from: [.table(entity.table, alias: row)])
                        let json = objectJSON(objectPlan, entity: entity, row: row, joins: &object.joins)
                        object.columns = [SQLSelectColumn(json, as: SQLGenerator.json)]
                        object.whereClause = .binary(.column(row, entity.primaryKey), .equal, .column(grouped, Identifier("_g\(index)")))
                        outer.joins.append(SQLJoin(kind: .left, item: .subquery(object, alias: lateral, lateral: true), on: .true))
                        fields.append(JSONEntry(key: fieldKey, value: .column(lateral, SQLGenerator.json)))
                    }
                }
                entries.append(JSONEntry(key: key, value: .jsonObject(fields)))
            }
        }

        inner.columns = innerColumns
        inner.groupBy = keyExpressions
        inner.orderBy = groupOrder(groups, row: nil, keys: keyExpressions)
        inner.limit = bind(groups.limit)
        let outerKeys = keyExpressions.indices.map { SQLExpression.column(grouped, Identifier("_g\($0)")) }
        outer.from = [.subquery(inner, alias: grouped, lateral: false)]
        let aggregate = SQLAggregate(function: .jsonAgg, arguments: [.jsonObject(entries)], orderBy: groupOrder(groups, row: grouped, keys: outerKeys))
        outer.columns = [SQLSelectColumn(SQLExpression.aggregate(aggregate).coalesced(SQLGenerator.emptyArray))]
        return outer
    }

    private func groupOrder(_ groups: GroupPlan, row: Identifier?, keys: [SQLExpression]) -> [SQLOrderTerm] {
        let count: SQLExpression = row.map { .column($0, "_count") } ?? SQLGenerator.countAll
        switch groups.order {
        case .keyAscending: return keys.map { SQLOrderTerm(expression: $0, descending: false) }
        case .keyDescending: return keys.map { SQLOrderTerm(expression: $0, descending: true) }
        case .countDescending: return [SQLOrderTerm(expression: count, descending: true)] + keys.map { SQLOrderTerm(expression: $0, descending: false) }
        case .countAscending: return [SQLOrderTerm(expression: count, descending: false)] + keys.map { SQLOrderTerm(expression: $0, descending: false) }
        }
    }

    /// The value a row is grouped by: a column of the row itself, the foreign key of a one-step
    /// to-one relation, or a lateral subquery along the key's path (`DISTINCT` values when the path
    /// crosses a to-many relation, so a row counts once per distinct key).
    private mutating func groupKeyExpression(_ key: GroupKey, row: Identifier, into select: inout SQLSelect) -> SQLExpression {
        if key.path.isEmpty, case .column(let column) = key.value {
            return column.sql(on: row)
        }
        if key.path.count == 1, case .object = key.value, !key.path[0].isList, key.path[0].steps.count == 1 {
            return .column(row, key.path[0].steps[0].from)
        }
        var lateral = SQLSelect(columns: [])
        var current = row
        for relation in key.path {
            current = joinPath(relation, from: current, into: &lateral).last ?? current
        }
        let value: SQLExpression
        switch key.value {
        case .column(let column): value = column.sql(on: current)
        case .object(let reference):
            value = .column(current, reference.primaryKey)
        }
        let toMany = key.path.contains { $0.isList }
        lateral.distinct = toMany
        lateral.columns = [SQLSelectColumn(value, as: "v")]
        let name = alias("k")
        select.joins.append(SQLJoin(kind: toMany ? .inner : .left, item: .subquery(lateral, alias: name, lateral: true), on: .true))
        return .column(name, "v")
    }
}
