import GraphQLLanguage
import PostgresClient

/// Why a database job did not produce results, as the client is told and the log records.
///
/// The client sees only ``graphQLError``: a fixed message and a code. Everything PostgreSQL or
/// libpq said stays in ``logDetail``.
enum DatabaseFailure: Error {
    /// No connection could be used: none is up, or the one used broke.
    case unavailable(detail: String)
    /// Every connection is busy and the wait queue is full.
    case busy
    /// A statement ran into `statement_timeout` (SQLSTATE 57014).
    case statementTimeout(milliseconds: Int)
    /// The answer would be larger than the response limit; `bytes` is what was measured when
    /// the limit was crossed (the values withheld are counted by PostgreSQL's measure).
    case responseTooLarge(bytes: Int, limit: Int)
    /// PostgreSQL refused a value the request supplied (SQLSTATE class 22, data exception).
    case rejectedValue(PostgresServerError)
    /// Anything else: a bug or a misconfigured database.
    case failed(PostgresError)

    var kind: DatabaseErrorKind {
        switch self {
        case .unavailable: .unavailable
        case .busy: .busy
        case .statementTimeout: .statementTimeout
        case .responseTooLarge: .responseTooLarge
        case .rejectedValue, .failed: .queryFailed
        }
    }

    var graphQLError: GraphQLError {
        switch self {
        case .unavailable:
            GraphQLError("The database is unavailable; try again shortly.", extensions: [("code", ServiceErrorCode.databaseUnavailable)])
        case .busy:
            GraphQLError("The server is busy; try again shortly.", extensions: [("code", ServiceErrorCode.serverBusy)])
        case .statementTimeout(let milliseconds):
            GraphQLError("The query took longer than the \(Self.describe(milliseconds: milliseconds)) limit; ask for less (smaller pages, fewer nested connections).",
                         extensions: [("code", ServiceErrorCode.statementTimeout)])
        case .responseTooLarge(let bytes, let limit):
            GraphQLError("The answer would take at least \(bytes) bytes as PostgreSQL builds it; the maximum is \(limit) bytes (RECTIFY_MAX_RESPONSE_BYTES). Ask for less: smaller pages (first/last), fewer fields, fewer or smaller nested connections.",
                         extensions: [("code", ServiceErrorCode.responseTooLarge)])
        case .rejectedValue:
            GraphQLError("A value in the request is out of range for the database.", extensions: [("code", ServiceErrorCode.badUserInput)])
        case .failed:
            GraphQLError("The query could not be executed.", extensions: [("code", ServiceErrorCode.internalServerError)])
        }
    }

    /// Whether the request never started executing: no `data` key, 503 with
    /// `application/graphql-response+json`.
    var isUnavailable: Bool {
        switch self {
        case .unavailable, .busy: true
        default: false
        }
    }

    /// Everything known, for the log line.
    var logDetail: String {
        switch self {
        case .unavailable(let detail): detail
        case .busy: "every connection busy and the queue full"
        case .statementTimeout(let milliseconds): "statement_timeout of \(milliseconds) ms"
        case .responseTooLarge(let bytes, let limit): "response of at least \(bytes) bytes over the \(limit)-byte limit"
        case .rejectedValue(let error): error.debugDescription
        case .failed(let error): error.debugDescription
        }
    }

    /// Classifies an error from a query: a lost connection, a timeout, a bad value, or a failure.
    init(_ error: PostgresError, statementTimeoutMilliseconds: Int) {
        if error.isConnectionLost {
            self = .unavailable(detail: error.debugDescription)
            return
        }
        switch error {
        case .server(let serverError) where serverError.sqlState == .queryCanceled:
            self = .statementTimeout(milliseconds: statementTimeoutMilliseconds)
        case .server(let serverError) where serverError.sqlState.class == "22":
            self = .rejectedValue(serverError)
        case .server(let serverError) where ["08", "57"].contains(serverError.sqlState.class):
            self = .unavailable(detail: error.debugDescription)
        default:
            self = .failed(error)
        }
    }

    /// `5 s`, `1 ms`, `1.5 s`.
    static func describe(milliseconds: Int) -> String {
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(Double(milliseconds) / 1000) s"
    }
}
