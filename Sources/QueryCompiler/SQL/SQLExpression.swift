/// A value expression of the SQL the compiler generates.
///
/// Parameters (`bind`), constants (`literal`) and names (`column`, via `Identifier`) are distinct
/// cases, so nothing a request supplies can end up anywhere but in a bind parameter.
indirect enum SQLExpression: Sendable {
    /// `alias.column`.
    case column(Identifier, Identifier)
    /// `alias.*`.
    case allColumns(Identifier)
    /// `(array)[position]`.
    case element(SQLExpression, Int)
    /// `$n::type`.
    case bind(Bind)
    /// A constant of the compiler's own.
    case literal(SQLLiteral)
    /// `expression::type`.
    case cast(SQLExpression, SQLType)
    /// `name(arguments…)` for a function of the compiler's fixed vocabulary.
    case call(SQLFunction, [SQLExpression])
    /// `name(DISTINCT? arguments ORDER BY …) FILTER (WHERE …)`; no arguments renders `name(*)`.
    case aggregate(SQLAggregate)
    /// `row_number() OVER (ORDER BY …)`.
    case rowNumber(orderBy: [SQLOrderTerm])
    /// `left operator right`.
    case binary(SQLExpression, SQLOperator, SQLExpression)
    /// `(a, b) operator (c, d)`: a row comparison, which a B-tree index on `(a, b)` can serve.
    case rowComparison([SQLExpression], SQLOperator, [SQLExpression])
    /// `left operator ANY (array)`.
    case any(SQLExpression, SQLOperator, SQLExpression)
    /// Conjunction; empty is `true`.
    case and([SQLExpression])
    /// Disjunction; empty is `false`.
    case or([SQLExpression])
    case not(SQLExpression)
    case isNull(SQLExpression)
    case isNotNull(SQLExpression)
    /// `expression IS NOT TRUE`: true for false and for null, for negations that must treat an
    /// unknown comparison as "does not match".
    case isNotTrue(SQLExpression)
    case isNotDistinctFrom(SQLExpression, SQLExpression)
    case isDistinctFrom(SQLExpression, SQLExpression)
    case exists(SQLSelect)
    /// A scalar subquery `(SELECT …)`.
    case subquery(SQLSelect)
    /// `CASE WHEN … THEN … ELSE … END`.
    case caseWhen([SQLWhen], otherwise: SQLExpression?)
    /// `CASE subject WHEN value THEN … END`.
    case caseOf(SQLExpression, [SQLWhen], otherwise: SQLExpression?)
    /// A JSON object with keys in the given order: `json_build_object`, chunked past its
    /// 100-argument limit.
    case jsonObject([JSONEntry])
    /// An expression the mapping spells in SQL, with its row placeholder bound to an alias.
    case template(SQLTemplate, row: Identifier)

    static let `true` = SQLExpression.literal(.boolean(true))
    static let `false` = SQLExpression.literal(.boolean(false))
    static let null = SQLExpression.literal(.null)

    static func string(_ value: String) -> SQLExpression { .literal(.string(value)) }
    static func integer(_ value: Int) -> SQLExpression { .literal(.integer(value)) }
    static func call(_ function: SQLFunction, _ arguments: SQLExpression...) -> SQLExpression { .call(function, arguments) }

    /// `coalesce(self, fallback)`.
    func coalesced(_ fallback: SQLExpression) -> SQLExpression { .call(.coalesce, [self, fallback]) }
}

/// One `WHEN condition THEN result` arm.
struct SQLWhen: Sendable {
    var condition: SQLExpression
    var result: SQLExpression
}

/// One `'key', value` pair of a JSON object; the key is a GraphQL name (`[_A-Za-z][_0-9A-Za-z]*`),
/// never free text, so it is written as a literal.
struct JSONEntry: Sendable {
    var key: String
    var value: SQLExpression
}

/// An aggregate call.
struct SQLAggregate: Sendable {
    var function: SQLFunction
    var arguments: [SQLExpression]
    var distinct = false
    var orderBy: [SQLOrderTerm] = []
    var filter: SQLExpression?
}

/// `expression ASC|DESC`, with PostgreSQL's default null placement (last ascending, first
/// descending), which the schema documents and keyset predicates assume.
struct SQLOrderTerm: Sendable {
    var expression: SQLExpression
    var descending: Bool
}

/// A function name of the compiler's fixed vocabulary: a `StaticString`, so never request text.
struct SQLFunction: Sendable {
    let name: StaticString
    init(_ name: StaticString) { self.name = name }

    static let jsonAgg = SQLFunction("json_agg")
    static let arrayAgg = SQLFunction("array_agg")
    static let jsonBuildArray = SQLFunction("json_build_array")
    static let toJSON = SQLFunction("to_json")
    static let coalesce = SQLFunction("coalesce")
    static let count = SQLFunction("count")
    static let sum = SQLFunction("sum")
    static let avg = SQLFunction("avg")
    static let min = SQLFunction("min")
    static let max = SQLFunction("max")
    static let upper = SQLFunction("upper")
    static let encode = SQLFunction("encode")
    static let convertTo = SQLFunction("convert_to")
    static let translate = SQLFunction("translate")
    static let left = SQLFunction("left")
    static let substr = SQLFunction("substr")
    static let unnest = SQLFunction("unnest")
}

/// A binary operator of the compiler's fixed vocabulary.
enum SQLOperator: String, Sendable {
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case iLike = "ILIKE"
    case concat = "||"
    case plus = "+"
}
