/// A `SELECT` statement or subquery of the generated SQL.
struct SQLSelect: Sendable {
    var distinct = false
    var columns: [SQLSelectColumn]
    var from: [SQLFromItem] = []
    var joins: [SQLJoin] = []
    var whereClause: SQLExpression?
    var groupBy: [SQLExpression] = []
    var orderBy: [SQLOrderTerm] = []
    var limit: SQLExpression?

    /// Adds a condition to the `WHERE` clause with `AND`.
    mutating func addCondition(_ condition: SQLExpression) {
        switch whereClause {
        case nil: whereClause = condition
        case .and(let terms)?: whereClause = .and(terms + [condition])
        case let existing?: whereClause = .and([existing, condition])
        }
    }
}

/// `expression AS alias` in a select list.
struct SQLSelectColumn: Sendable {
    var expression: SQLExpression
    var alias: Identifier?

    init(_ expression: SQLExpression, as alias: Identifier? = nil) {
        self.expression = expression
        self.alias = alias
    }
}

/// A source of rows in `FROM` or a join.
enum SQLFromItem: Sendable {
    /// `table AS alias`.
    case table(Identifier, alias: Identifier)
    /// `(SELECT …) AS alias`, `LATERAL` when it refers to earlier items.
    case subquery(SQLSelect, alias: Identifier, lateral: Bool)
    /// `unnest(arrays…) WITH ORDINALITY AS alias(columns…)`.
    case unnest([SQLExpression], alias: Identifier, columns: [Identifier])
}

/// `[LEFT] JOIN item ON condition`.
struct SQLJoin: Sendable {
    enum Kind: String, Sendable {
        case inner = "JOIN"
        case left = "LEFT JOIN"
    }

    var kind: Kind
    var item: SQLFromItem
    var on: SQLExpression
}
