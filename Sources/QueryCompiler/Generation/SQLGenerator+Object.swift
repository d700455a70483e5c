/// Objects: a row's selected fields as `json_build_object`, related objects and connections as
/// `LEFT JOIN LATERAL` subqueries whose `json` column the object embeds.
extension SQLGenerator {
    /// The JSON of `plan` on `row`; subqueries it needs are appended to `joins` (of the query in
    /// which `row` is visible).
    mutating func objectJSON(_ plan: ObjectPlan, entity: Entity, row: Identifier, joins: inout [SQLJoin]) -> SQLExpression {
        var entries: [JSONEntry] = []
        for entry in plan.entries {
            let value: SQLExpression
            switch entry.value {
            case .typename:
                value = .string(plan.typeName)
            case .id:
                value = SQLGenerator.globalID(typeName: entity.typeName, key: .column(row, entity.primaryKey))
            case .column(let column):
                value = column.type.output(column.sql(on: row))
            case .object(let relation, let objectPlan):
                let lateral = alias("o")
                joins.append(SQLJoin(kind: .left, item: .subquery(toOneSelect(relation, objectPlan, parent: row), alias: lateral, lateral: true), on: .true))
                value = .column(lateral, SQLGenerator.json)
            case .connection(let connection):
                let lateral = alias("c")
                joins.append(SQLJoin(kind: .left, item: .subquery(connectionSelect(connection, parent: row), alias: lateral, lateral: true), on: .true))
                value = .column(lateral, SQLGenerator.json)
            }
            entries.append(JSONEntry(key: entry.key, value: value))
        }
        return .jsonObject(entries)
    }

    /// `SELECT json_build_object(…) AS json FROM target … WHERE <joined to parent>`: at most one row.
    private mutating func toOneSelect(_ relation: Relation, _ plan: ObjectPlan, parent: Identifier) -> SQLSelect {
        var select = SQLSelect(columns: [])
        let target = joinPath(relation, from: parent, into: &select).last ?? parent
        let json = objectJSON(plan, entity: plan.entity, row: target, joins: &select.joins)
        select.columns = [SQLSelectColumn(json, as: SQLGenerator.json)]
        return select
    }

    /// `translate(encode(convert_to('Type:' || key, 'UTF8'), 'base64'), '+/=', '-_')`: the global ID
    /// as ``GlobalID`` encodes it (the text is short enough for `encode` never to break lines).
    static func globalID(typeName: String, key: SQLExpression) -> SQLExpression {
        base64URL(.binary(.string(typeName + ":"), .concat, key))
    }

    /// Unpadded URL-safe base64 of a text, newlines that `encode` inserts every 76 characters removed.
    static func base64URL(_ text: SQLExpression) -> SQLExpression {
        .call(.translate, [
            .call(.encode, [.call(.convertTo, [text, .string("UTF8")]), .string("base64")]),
            .string("+/=\n"),
            .string("-_"),
        ])
    }

    /// Joins a relation's tables starting from the parent row: the first table goes into `FROM`
    /// (or is joined when `select` already has one), the rest are joined in path order, and the
    /// first join condition correlates with the parent. Returns the target's alias.
    @discardableResult
    mutating func joinPath(_ relation: Relation, from parent: Identifier, into select: inout SQLSelect) -> [Identifier] {
        var previous = parent
        var aliases: [Identifier] = []
        for (index, step) in relation.steps.enumerated() {
            let stepAlias = alias(index == relation.steps.count - 1 ? "t" : "j")
            let condition = SQLExpression.binary(.column(stepAlias, step.to), .equal, .column(previous, step.from))
            if index == 0 && select.from.isEmpty {
                select.from = [.table(step.table, alias: stepAlias)]
                select.addCondition(condition)
            } else {
                select.joins.append(SQLJoin(kind: .inner, item: .table(step.table, alias: stepAlias), on: condition))
            }
            previous = stepAlias
            aliases.append(stepAlias)
        }
        return aliases
    }
}
