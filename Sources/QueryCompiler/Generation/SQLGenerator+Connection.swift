/// Connections: the page taken in a subquery (filtered, keyset-bounded, ordered, limited to one
/// row more than the page), then edges, nodes and page info aggregated over it; totals, aggregates
/// and groups as separate subqueries, each only when selected.
extension SQLGenerator {
    /// Columns the page subquery adds to the target row.
    static let rowNumber: Identifier = "_rn"
    static func keyColumn(_ index: Int) -> Identifier { Identifier("_k\(index)") }
    static func edgeColumn(_ name: String) -> Identifier { Identifier("_e_" + name) }

    /// `SELECT json_build_object(…) AS json FROM (page) AS r LEFT JOIN LATERAL (…) …`: one row.
    mutating func connectionSelect(_ plan: ConnectionPlan, parent: Identifier?) -> SQLSelect {
        var select = SQLSelect(columns: [])
        var row: Identifier?
        if plan.needsPage {
            let pageAlias = alias("r")
            select.from = [.subquery(pageSelect(plan, parent: parent), alias: pageAlias, lateral: false)]
            row = pageAlias
        }
        var entries: [JSONEntry] = []
        for entry in plan.entries {
            let value: SQLExpression
            switch entry.value {
            case .typename(let name):
                value = .string(name)
            case .totalCount:
                var count = filteredRows(plan, parent: parent)
                count.select.columns = [SQLSelectColumn(.aggregate(SQLAggregate(function: .count, arguments: [])))]
                value = .subquery(count.select)
            case .nodes(let objectPlan):
                guard let row else { preconditionFailure("nodes without a page") }
                value = pageAggregate(objectJSON(objectPlan, entity: plan.entity, row: row, joins: &select.joins), plan: plan, row: row)
            case .edges(let edgePlan):
                guard let row else { preconditionFailure("edges without a page") }
                value = pageAggregate(edgeJSON(edgePlan, plan: plan, row: row, joins: &select.joins), plan: plan, row: row)
            case .pageInfo(let pageInfo):
                guard let row else { preconditionFailure("page info without a page") }
                value = pageInfoJSON(pageInfo, plan: plan, parent: parent, row: row)
            case .aggregate(let aggregate):
                value = .subquery(aggregateSelect(aggregate, plan: plan, parent: parent))
            case .groupBy(let groups):
                value = .subquery(groupSelect(groups, plan: plan, parent: parent))
            }
            entries.append(JSONEntry(key: entry.key, value: value))
        }
        select.columns = [SQLSelectColumn(.jsonObject(entries), as: SQLGenerator.json)]
        return select
    }

    /// The connection's matching rows before paging: target table joined to the parent, link
    /// conditions and the filter applied. Returns the query (no columns yet) and its aliases.
    mutating func filteredRows(_ plan: ConnectionPlan, parent: Identifier?) -> (select: SQLSelect, target: Identifier, steps: [Identifier]) {
        var select = SQLSelect(columns: [])
        var steps: [Identifier]
        if let relation = plan.relation, let parent {
            steps = joinPath(relation, from: parent, into: &select)
        } else {
            let target = alias("t")
            select.from = [.table(plan.entity.table, alias: target)]
            steps = [target]
        }
        let target = steps[steps.count - 1]
        for (field, value) in plan.edgeConditions {
            select.addCondition(.binary(field.column.sql(on: steps[field.step]), .equal, bind(value)))
        }
        if let filter = plan.filter {
            select.addCondition(condition(filter, row: target))
        }
        return (select, target, steps)
    }

    /// The page: `SELECT t.*, keys AS _k…, edge columns AS _e_…, row_number() … ORDER BY keys
    /// LIMIT size + 1`, keys reversed for `last`.
    private mutating func pageSelect(_ plan: ConnectionPlan, parent: Identifier?) -> SQLSelect {
        var (select, target, steps) = filteredRows(plan, parent: parent)
        let keys = plan.ordering.keys.map { key in SQLGenerator.keyExpression(key, target: target, steps: steps) }
        if let after = plan.page.after {
            select.addCondition(keyset(plan.ordering, keys: keys, cursor: after.map { bind($0) }, later: true))
        }
        if let before = plan.page.before {
            select.addCondition(keyset(plan.ordering, keys: keys, cursor: before.map { bind($0) }, later: false))
        }
        let order = zip(plan.ordering.keys, keys).map { key, expression in
            SQLOrderTerm(expression: expression, descending: key.descending != plan.page.backward)
        }
        var columns = [SQLSelectColumn(.allColumns(target))]
        for (index, expression) in keys.enumerated() {
            columns.append(SQLSelectColumn(expression, as: SQLGenerator.keyColumn(index)))
        }
        for (name, field) in (plan.relation?.edgeFields ?? [:]).sorted(by: { $0.key < $1.key }) {
            columns.append(SQLSelectColumn(field.column.sql(on: steps[field.step]), as: SQLGenerator.edgeColumn(name)))
        }
        columns.append(SQLSelectColumn(.rowNumber(orderBy: order), as: SQLGenerator.rowNumber))
        select.columns = columns
        select.orderBy = order
        select.limit = bind(plan.page.sizePlusOne)
        return select
    }

    static func keyExpression(_ key: Ordering.Key, target: Identifier, steps: [Identifier]) -> SQLExpression {
        switch key.source {
        case .target(let column): column.sql(on: target)
        case .step(let index, let column): .column(steps[index], column)
        }
    }

    /// `coalesce(json_agg(value ORDER BY r._rn) FILTER (WHERE r._rn <= size), '[]')`: the page's
    /// rows in the requested order, the extra row left out.
    private mutating func pageAggregate(_ value: SQLExpression, plan: ConnectionPlan, row: Identifier) -> SQLExpression {
        let aggregate = SQLAggregate(
            function: .jsonAgg,
            arguments: [value],
            orderBy: [SQLOrderTerm(expression: .column(row, SQLGenerator.rowNumber), descending: plan.page.backward)],
            filter: inPage(plan, row: row))
        return SQLExpression.aggregate(aggregate).coalesced(SQLGenerator.emptyArray)
    }

    private mutating func inPage(_ plan: ConnectionPlan, row: Identifier) -> SQLExpression {
        .binary(.column(row, SQLGenerator.rowNumber), .lessOrEqual, bind(plan.page.size))
    }

    private mutating func edgeJSON(_ edge: EdgePlan, plan: ConnectionPlan, row: Identifier, joins: inout [SQLJoin]) -> SQLExpression {
        var entries: [JSONEntry] = []
        for entry in edge.entries {
            let value: SQLExpression = switch entry.value {
            case .typename: .string(edge.typeName)
            case .cursor: cursor(plan.ordering, row: row)
            case .node(let objectPlan): objectJSON(objectPlan, entity: plan.entity, row: row, joins: &joins)
            case .edgeField(let name, let field):
                field.column.type.output(.column(row, SQLGenerator.edgeColumn(name)))
            }
            entries.append(JSONEntry(key: entry.key, value: value))
        }
        return .jsonObject(entries)
    }

    /// The row's cursor: base64url of `["tag", k0, k1, …]` as PostgreSQL writes the JSON array.
    private func cursor(_ ordering: Ordering, row: Identifier) -> SQLExpression {
        var items: [SQLExpression] = [.string(ordering.tag)]
        for index in ordering.keys.indices { items.append(.column(row, SQLGenerator.keyColumn(index))) }
        return SQLGenerator.base64URL(.cast(.call(.jsonBuildArray, items), .text))
    }

    private mutating func pageInfoJSON(_ pageInfo: PageInfoPlan, plan: ConnectionPlan, parent: Identifier?, row: Identifier) -> SQLExpression {
        var entries: [JSONEntry] = []
        let more = SQLExpression.binary(.aggregate(SQLAggregate(function: .count, arguments: [])), .greater, bind(plan.page.size))
        for (key, field) in pageInfo.entries {
            let value: SQLExpression
            switch field {
            case .typename:
                value = .string(pageInfo.typeName)
            case .hasNextPage:
                value = plan.page.backward ? beyond(plan, cursor: plan.page.before, later: true, parent: parent) : more
            case .hasPreviousPage:
                value = plan.page.backward ? more : beyond(plan, cursor: plan.page.after, later: false, parent: parent)
            case .startCursor, .endCursor:
                // The first row fetched is the page's start going forward, its end going backward.
                let firstFetched = (field == .startCursor) != plan.page.backward
                let aggregate = SQLAggregate(
                    function: .arrayAgg,
                    arguments: [cursor(plan.ordering, row: row)],
                    orderBy: [SQLOrderTerm(expression: .column(row, SQLGenerator.rowNumber), descending: !firstFetched)],
                    filter: inPage(plan, row: row))
                value = .element(.aggregate(aggregate), 1)
            }
            entries.append(JSONEntry(key: key, value: value))
        }
        return .jsonObject(entries)
    }

    /// Whether rows exist beyond a cursor the page was bounded by (at it or past it): Relay's
    /// "edges prior to `after`" / "edges following `before`", false when no such cursor was given.
    private mutating func beyond(_ plan: ConnectionPlan, cursor: [BindSource]?, later: Bool, parent: Identifier?) -> SQLExpression {
        guard let cursor else { return .false }
        var (select, target, steps) = filteredRows(plan, parent: parent)
        let keys = plan.ordering.keys.map { SQLGenerator.keyExpression($0, target: target, steps: steps) }
        let values = cursor.map { bind($0) }
        // Rows at or past a bound are those not strictly inside it.
        select.addCondition(atOrBeyond(plan.ordering, keys: keys, cursor: values, later: later))
        select.columns = [SQLSelectColumn(.integer(1))]
        return .exists(select)
    }
}
