internal import CLibPQ

extension PostgresServerError {
    /// Reads the error fields of a failed result; `nil` when it carries no SQLSTATE (libpq made the
    /// error up itself, e.g. for a broken socket, rather than receiving it from the server).
    init?(result: OpaquePointer, statement: String?) {
        func field(_ code: Character) -> String? {
            guard let value = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
            return String(cString: value)
        }
        guard let code = field("C") else { return nil }
        self.init(
            sqlState: SQLState(rawValue: code),
            severity: field("V") ?? field("S") ?? "ERROR",
            message: field("M") ?? "",
            detail: field("D"),
            hint: field("H"),
            position: field("P").flatMap { Int($0) },
            context: field("W"),
            schema: field("s"),
            table: field("t"),
            column: field("c"),
            dataType: field("d"),
            constraint: field("n"),
            statement: statement
        )
    }
}
