/// The fields of an ErrorResponse the server sent for a failed statement.
///
/// Field meanings are those of the protocol's error fields
/// (https://www.postgresql.org/docs/15/protocol-error-fields.html). They describe the database and
/// may quote data, so they belong in logs (`debugDescription`), never in client responses.
package struct PostgresServerError: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The SQLSTATE code (`C` field).
    package var sqlState: SQLState
    /// `ERROR`, `FATAL` or `PANIC` (`V` field, not localized).
    package var severity: String
    /// The primary message (`M` field).
    package var message: String
    /// An optional secondary message with more detail (`D` field).
    package var detail: String?
    /// An optional suggestion what to do (`H` field).
    package var hint: String?
    /// The 1-based character position of the error in the statement text (`P` field).
    package var position: Int?
    /// The call stack context (`W` field), e.g. inside a PL/pgSQL function.
    package var context: String?
    /// The schema, table, column, data type and constraint the error concerns, when reported.
    package var schema: String?
    package var table: String?
    package var column: String?
    package var dataType: String?
    package var constraint: String?
    /// The statement that failed, for logs.
    package var statement: String?

    package init(
        sqlState: SQLState, severity: String = "ERROR", message: String, detail: String? = nil,
        hint: String? = nil, position: Int? = nil, context: String? = nil, schema: String? = nil,
        table: String? = nil, column: String? = nil, dataType: String? = nil,
        constraint: String? = nil, statement: String? = nil
    ) {
        self.sqlState = sqlState
        self.severity = severity
        self.message = message
        self.detail = detail
        self.hint = hint
        self.position = position
        self.context = context
        self.schema = schema
        self.table = table
        self.column = column
        self.dataType = dataType
        self.constraint = constraint
        self.statement = statement
    }

    /// Deliberately says nothing about the database: safe to show a client.
    package var description: String { "a database statement failed" }

    /// Everything the server reported, for logs.
    package var debugDescription: String {
        var text = "\(severity) \(sqlState): \(message)"
        if let detail { text += "\nDETAIL: \(detail)" }
        if let hint { text += "\nHINT: \(hint)" }
        if let position { text += "\nPOSITION: \(position)" }
        if let context { text += "\nCONTEXT: \(context)" }
        let objects = [("schema", schema), ("table", table), ("column", column),
                       ("data type", dataType), ("constraint", constraint)]
            .compactMap { name, value in value.map { "\(name) \($0)" } }
        if !objects.isEmpty { text += "\nOBJECT: " + objects.joined(separator: ", ") }
        if let statement { text += "\nSTATEMENT: \(statement)" }
        return text
    }
}
