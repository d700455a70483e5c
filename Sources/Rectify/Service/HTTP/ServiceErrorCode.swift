/// The `extensions.code` values the service itself sets; the parser, validator and compiler set
/// theirs (`GRAPHQL_PARSE_FAILED`, `GRAPHQL_VALIDATION_FAILED`, the limit codes).
enum ServiceErrorCode {
    /// The HTTP request is not a well-formed GraphQL-over-HTTP request.
    static let badRequest = "BAD_REQUEST"
    /// A variable or argument value is unacceptable.
    static let badUserInput = "BAD_USER_INPUT"
    /// Something failed on our side; details are in the log, never in the response.
    static let internalServerError = "INTERNAL_SERVER_ERROR"
    /// No database connection could be used.
    static let databaseUnavailable = "DATABASE_UNAVAILABLE"
    /// A statement ran longer than `statement_timeout`.
    static let statementTimeout = "STATEMENT_TIMEOUT"
    /// The answer would be larger than the configured `RECTIFY_MAX_RESPONSE_BYTES`.
    static let responseTooLarge = "RESPONSE_TOO_LARGE"
    /// Every database connection is busy and the wait queue is full.
    static let serverBusy = "SERVER_BUSY"
}
