/// Writes the SQL AST as PostgreSQL text, one clause a line, subqueries indented.
///
/// The text depends only on the AST, never on bind values, so two requests of the same shape
/// produce byte-identical statements that the service prepares once per connection.
struct SQLRenderer {
    private var text = ""
    private var indent = 0

    /// Renders a whole statement.
    static func render(_ select: SQLSelect) -> String {
        var renderer = SQLRenderer()
        renderer.write(select)
        return renderer.text
    }

    /// Renders one expression on its own (used by tests and error-free diagnostics).
    static func render(_ expression: SQLExpression) -> String {
        var renderer = SQLRenderer()
        renderer.write(expression)
        return renderer.text
    }

    /// The largest number of arguments `json_build_object` accepts is 100 (PostgreSQL's
    /// FUNC_MAX_ARGS), so objects wider than 50 keys are built in chunks.
    static let jsonObjectChunk = 50

    // MARK: Statements

    private mutating func newline() {
        text += "\n"
        for _ in 0..<indent { text += "  " }
    }

    private mutating func write(_ select: SQLSelect) {
        text += select.distinct ? "SELECT DISTINCT " : "SELECT "
        for (index, column) in select.columns.enumerated() {
            if index > 0 { text += ", " }
            write(column.expression)
            if let alias = column.alias { text += " AS " + alias.rendered }
        }
        for (index, item) in select.from.enumerated() {
            if index == 0 { newline(); text += "FROM " } else { text += ", " }
            write(item)
        }
        for join in select.joins {
            newline()
            text += join.kind.rawValue + " "
            write(join.item)
            text += " ON "
            writeCondition(join.on)
        }
        if let condition = select.whereClause {
            newline()
            text += "WHERE "
            writeCondition(condition)
        }
        if !select.groupBy.isEmpty {
            newline()
            text += "GROUP BY "
            writeList(select.groupBy)
        }
        if !select.orderBy.isEmpty {
            newline()
            text += "ORDER BY "
            write(select.orderBy)
        }
        if let limit = select.limit {
            newline()
            text += "LIMIT "
            write(limit)
        }
    }

    private mutating func write(_ item: SQLFromItem) {
        switch item {
        case .table(let table, let alias):
            text += table.rendered + " AS " + alias.rendered
        case .subquery(let select, let alias, let lateral):
            if lateral { text += "LATERAL " }
            writeSubquery(select)
            text += " AS " + alias.rendered
        case .unnest(let arrays, let alias, let columns):
            text += "unnest("
            writeList(arrays)
            text += ") WITH ORDINALITY AS " + alias.rendered + "("
            text += columns.map(\.rendered).joined(separator: ", ")
            text += ")"
        }
    }

    private mutating func writeSubquery(_ select: SQLSelect) {
        text += "("
        indent += 1
        newline()
        write(select)
        indent -= 1
        newline()
        text += ")"
    }

    private mutating func write(_ terms: [SQLOrderTerm]) {
        for (index, term) in terms.enumerated() {
            if index > 0 { text += ", " }
            writeOperand(term.expression)
            text += term.descending ? " DESC" : " ASC"
        }
    }

    private mutating func writeList(_ expressions: [SQLExpression]) {
        for (index, expression) in expressions.enumerated() {
            if index > 0 { text += ", " }
            write(expression)
        }
    }

    // MARK: Expressions

    /// A condition in a position that needs no parentheses (WHERE, ON, FILTER).
    private mutating func writeCondition(_ expression: SQLExpression) {
        switch expression {
        case .and(let terms) where !terms.isEmpty:
            writeJoined(terms, separator: " AND ")
        default:
            write(expression)
        }
    }

    private mutating func writeJoined(_ terms: [SQLExpression], separator: String) {
        for (index, term) in terms.enumerated() {
            if index > 0 { text += separator }
            writeOperand(term)
        }
    }

    /// An expression as an operand: parenthesised unless it is atomic.
    private mutating func writeOperand(_ expression: SQLExpression) {
        switch expression {
        case .column, .allColumns, .element, .bind, .literal, .cast, .call, .aggregate, .rowNumber, .subquery, .exists,
             .caseWhen, .caseOf, .jsonObject, .template:
            write(expression)
        case .and(let terms) where terms.count <= 1:
            write(expression)
        case .or(let terms) where terms.count <= 1:
            write(expression)
        default:
            text += "("
            write(expression)
            text += ")"
        }
    }

    private mutating func write(_ expression: SQLExpression) {
        switch expression {
        case .column(let table, let column):
            text += table.rendered + "." + column.rendered
        case .allColumns(let table):
            text += table.rendered + ".*"
        case .element(let array, let position):
            text += "("
            write(array)
            text += ")[" + String(position) + "]"
        case .bind(let bind):
            text += "$" + String(bind.index + 1) + "::" + bind.type.rawValue
        case .literal(let literal):
            text += literal.rendered
        case .cast(let inner, let type):
            writeOperand(inner)
            text += "::" + type.rawValue
        case .call(let function, let arguments):
            text += function.name.description + "("
            writeList(arguments)
            text += ")"
        case .aggregate(let aggregate):
            write(aggregate)
        case .rowNumber(let orderBy):
            text += "row_number() OVER (ORDER BY "
            write(orderBy)
            text += ")"
        case .binary(let left, let op, let right):
            writeOperand(left)
            text += " " + op.rawValue + " "
            writeOperand(right)
        case .rowComparison(let left, let op, let right):
            text += "("
            writeList(left)
            text += ") " + op.rawValue + " ("
            writeList(right)
            text += ")"
        case .any(let left, let op, let array):
            writeOperand(left)
            text += " " + op.rawValue + " ANY ("
            write(array)
            text += ")"
        case .and(let terms):
            if terms.isEmpty { text += "true" } else { writeJoined(terms, separator: " AND ") }
        case .or(let terms):
            if terms.isEmpty { text += "false" } else { writeJoined(terms, separator: " OR ") }
        case .not(let inner):
            text += "NOT "
            writeOperand(inner)
        case .isNull(let inner):
            writeOperand(inner)
            text += " IS NULL"
        case .isNotNull(let inner):
            writeOperand(inner)
            text += " IS NOT NULL"
        case .isNotTrue(let inner):
            writeOperand(inner)
            text += " IS NOT TRUE"
        case .isNotDistinctFrom(let left, let right):
            writeOperand(left)
            text += " IS NOT DISTINCT FROM "
            writeOperand(right)
        case .isDistinctFrom(let left, let right):
            writeOperand(left)
            text += " IS DISTINCT FROM "
            writeOperand(right)
        case .exists(let select):
            text += "EXISTS "
            writeSubquery(select)
        case .subquery(let select):
            writeSubquery(select)
        case .caseWhen(let arms, let otherwise):
            text += "CASE"
            writeArms(arms, otherwise: otherwise)
        case .caseOf(let subject, let arms, let otherwise):
            text += "CASE "
            writeOperand(subject)
            writeArms(arms, otherwise: otherwise)
        case .jsonObject(let entries):
            writeJSONObject(entries)
        case .template(let template, let row):
            for part in template.parts {
                switch part {
                case .text(let sql): text += sql
                case .row: text += row.rendered
                }
            }
        }
    }

    private mutating func write(_ aggregate: SQLAggregate) {
        text += aggregate.function.name.description + "("
        if aggregate.arguments.isEmpty {
            text += "*"
        } else {
            if aggregate.distinct { text += "DISTINCT " }
            writeList(aggregate.arguments)
            if !aggregate.orderBy.isEmpty {
                text += " ORDER BY "
                write(aggregate.orderBy)
            }
        }
        text += ")"
        if let filter = aggregate.filter {
            text += " FILTER (WHERE "
            writeCondition(filter)
            text += ")"
        }
    }

    private mutating func writeArms(_ arms: [SQLWhen], otherwise: SQLExpression?) {
        for arm in arms {
            text += " WHEN "
            write(arm.condition)
            text += " THEN "
            write(arm.result)
        }
        if let otherwise {
            text += " ELSE "
            write(otherwise)
        }
        text += " END"
    }

    /// `json_build_object('k', v, …)`; past 50 keys, chunks whose texts are spliced together
    /// (`{…` + `, ` + `…}`) and cast back to `json`, which keeps key order where `jsonb ||`
    /// would not.
    private mutating func writeJSONObject(_ entries: [JSONEntry]) {
        let chunk = SQLRenderer.jsonObjectChunk
        if entries.count <= chunk {
            writeBuildObject(entries[...])
            return
        }
        let starts = Array(stride(from: 0, to: entries.count, by: chunk))
        text += "("
        for (position, start) in starts.enumerated() {
            let slice = entries[start..<min(start + chunk, entries.count)]
            let isFirst = position == 0
            let isLast = position == starts.count - 1
            if !isFirst { text += " || ', ' || " }
            if !isFirst { text += "substr(" }
            if !isLast { text += "left(" }
            writeBuildObject(slice)
            text += "::text"
            if !isLast { text += ", -1)" }
            if !isFirst { text += ", 2)" }
        }
        text += ")::json"
    }

    private mutating func writeBuildObject(_ entries: ArraySlice<JSONEntry>) {
        text += "json_build_object("
        var first = true
        for entry in entries {
            if !first { text += ", " }
            first = false
            text += SQLLiteral.string(entry.key).rendered + ", "
            write(entry.value)
        }
        text += ")"
    }
}
