/// Turns the plan of one root field into one SQL statement that returns the field's JSON value.
///
/// See ``QueryCompiler`` for the shape of the SQL. The generator owns the statement's bind list
/// (each ``BindSource`` gets one `$n`, reused where the same source appears again, so every
/// parameter is referenced) and its aliases (`t1`, `r2`, …, unique within the statement).
struct SQLGenerator {
    private var aliasCounter = 0
    private(set) var bindSources: [BindSource] = []
    private var bindIndex: [BindSource: Int] = [:]

    /// The statement for a root field: one row, one column `json`.
    static func statement(for plan: RootPlan) -> SQLQuery {
        var generator = SQLGenerator()
        let select = generator.rootSelect(plan)
        return SQLQuery(text: SQLRenderer.render(select), bindSources: generator.bindSources)
    }

    mutating func alias(_ prefix: StaticString) -> Identifier {
        aliasCounter += 1
        return Identifier("\(prefix)\(aliasCounter)")
    }

    mutating func bind(_ source: BindSource) -> SQLExpression {
        if let index = bindIndex[source] { return .bind(Bind(index: index, type: source.type)) }
        let index = bindSources.count
        bindSources.append(source)
        bindIndex[source] = index
        return .bind(Bind(index: index, type: source.type))
    }

    static let json: Identifier = "json"
    static let emptyArray = SQLExpression.cast(.string("[]"), .json)

    // MARK: Root fields

    private mutating func rootSelect(_ plan: RootPlan) -> SQLSelect {
        switch plan {
        case .connection(let connection):
            return connectionSelect(connection, parent: nil)
        case .node(let id, let typeID, let arms):
            let typeName = bind(typeID)
            let key = bind(id)
            let value = nodeSwitch(arms, typeName: typeName, key: key)
            return SQLSelect(columns: [SQLSelectColumn(value.coalesced(.cast(.string("null"), .json)), as: SQLGenerator.json)])
        case .nodes(let ids, let typeIDs, let arms):
            let list = alias("i")
            let value = nodeSwitch(arms, typeName: .column(list, "type"), key: .column(list, "key"))
            let aggregate = SQLExpression.aggregate(SQLAggregate(
                function: .jsonAgg, arguments: [value], orderBy: [SQLOrderTerm(expression: .column(list, "ord"), descending: false)]))
            return SQLSelect(
                columns: [SQLSelectColumn(aggregate.coalesced(SQLGenerator.emptyArray), as: SQLGenerator.json)],
                from: [.unnest([bind(typeIDs), bind(ids)], alias: list, columns: ["type", "key", "ord"])])
        }
    }

    /// `CASE type WHEN 'Finding' THEN (SELECT … WHERE t.id = key) … END`: one arm per node type,
    /// so one statement serves every ID whatever type it names.
    private mutating func nodeSwitch(_ arms: [ObjectPlan], typeName: SQLExpression, key: SQLExpression) -> SQLExpression {
        var whens: [SQLWhen] = []
        for arm in arms {
            let entity = arm.entity
            let row = alias("t")
            var select = SQLSelect(columns: [], from: [.table(entity.table, alias: row)])
            let json = objectJSON(arm, entity: entity, row: row, joins: &select.joins)
            select.columns = [SQLSelectColumn(json)]
            select.whereClause = .binary(.column(row, entity.primaryKey), .equal, key)
            whens.append(SQLWhen(condition: .string(arm.typeName), result: .subquery(select)))
        }
        return .caseOf(typeName, whens, otherwise: nil)
    }
}

/// The text of one statement and where each of its parameters comes from.
///
/// Executing `text` with the parameters returns exactly one row with one column, `json`, whose text
/// is the root field's value, ready to be spliced into the response without decoding.
public struct SQLQuery: Sendable, Hashable {
    public let text: String
    public let bindSources: [BindSource]
}
