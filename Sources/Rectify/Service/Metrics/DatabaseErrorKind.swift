/// The kinds of database trouble `/metrics` counts separately.
enum DatabaseErrorKind: String, CaseIterable, Sendable {
    /// A connection attempt failed or timed out.
    case connectFailed = "connect_failed"
    /// An open connection broke.
    case connectionLost = "connection_lost"
    /// A request failed because no connection could be used (none up, or its connection broke).
    case unavailable
    /// A statement ran into `statement_timeout`.
    case statementTimeout = "statement_timeout"
    /// An answer was refused for exceeding the response limit (`RESPONSE_TOO_LARGE`).
    case responseTooLarge = "response_too_large"
    /// A request was refused because every connection was busy and the queue full.
    case busy
    /// PostgreSQL rejected a statement for another reason.
    case queryFailed = "query_failed"

    var index: Int { DatabaseErrorKind.allCases.firstIndex(of: self)! }
}
