/// Everything that can go wrong talking to PostgreSQL, one case per way the caller reacts.
///
/// `description` is deliberately vague, so an error that reaches a client response by accident
/// reveals nothing about the database; `debugDescription` (`String(reflecting:)`) has every detail
/// for logs. Neither ever contains a password.
package enum PostgresError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    /// The server rejected a statement (syntax error, constraint violation, …); the connection is
    /// still usable.
    case server(PostgresServerError)
    /// A connection could not be opened.
    case connectionFailed(ConnectionFailure)
    /// The connection broke (server restarted, socket closed, backend terminated); the connection
    /// is unusable and must be replaced. `serverError` is the server's last word when it sent one
    /// (e.g. `57P01 admin_shutdown`).
    case connectionLost(reason: String, serverError: PostgresServerError?)
    /// A URL or conninfo string libpq could not parse.
    case invalidConfiguration(reason: String)
    /// A parameter libpq cannot send (e.g. text with a NUL byte), by 1-based `$n` position.
    case invalidParameter(position: Int, reason: String)
    /// libpq refused a call without asking the server (e.g. a query sent while another is in
    /// progress), or the server answered with a result this call did not expect.
    case client(reason: String)
    /// A transaction body returned normally but a statement inside it had failed, so PostgreSQL
    /// rolled the transaction back instead of committing it.
    case transactionAborted
    /// No pooled connection became free within the acquire timeout.
    case poolTimeout(waitedSeconds: Double)
    /// The pool was shut down.
    case poolClosed

    /// The SQLSTATE of a server error, `nil` for client-side errors.
    package var sqlState: SQLState? {
        switch self {
        case .server(let error): error.sqlState
        case .connectionLost(_, let serverError): serverError?.sqlState
        default: nil
        }
    }

    /// Whether the connection that raised this error must be discarded.
    package var isConnectionLost: Bool {
        if case .connectionLost = self { true } else { false }
    }

    /// Deliberately vague: safe to show a client.
    package var description: String {
        switch self {
        case .server: "a database statement failed"
        case .connectionFailed: "could not connect to the database"
        case .connectionLost: "the connection to the database was lost"
        case .invalidConfiguration: "the database configuration is invalid"
        case .invalidParameter: "a database parameter could not be sent"
        case .client: "the database client failed"
        case .transactionAborted: "a database transaction was rolled back"
        case .poolTimeout: "no database connection became available in time"
        case .poolClosed: "the database connection pool is closed"
        }
    }

    /// Everything known, for logs.
    package var debugDescription: String {
        switch self {
        case .server(let error): "PostgreSQL error: \(error.debugDescription)"
        case .connectionFailed(let failure): failure.debugDescription
        case .connectionLost(let reason, let serverError):
            "connection to PostgreSQL lost: \(reason)" + (serverError.map { " (\($0.debugDescription))" } ?? "")
        case .invalidConfiguration(let reason): "invalid PostgreSQL configuration: \(reason)"
        case .invalidParameter(let position, let reason): "parameter $\(position) cannot be sent: \(reason)"
        case .client(let reason): "libpq: \(reason)"
        case .transactionAborted:
            "transaction body returned normally after a statement in it failed; PostgreSQL rolled it back"
        case .poolTimeout(let waited): "no pooled PostgreSQL connection became free within \(waited) s"
        case .poolClosed: "the PostgreSQL connection pool is closed"
        }
    }
}

/// Where a connection attempt went and why it failed, without the password.
package struct ConnectionFailure: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Host name, address or Unix-socket directory libpq tried.
    package var host: String
    package var port: String
    package var database: String
    package var user: String
    /// libpq's reason, e.g. `Connection refused` or `database "x" does not exist`.
    package var reason: String

    package var description: String { "could not connect to the database" }

    package var debugDescription: String {
        "could not connect to PostgreSQL at \(host) port \(port), database \"\(database)\" as \"\(user)\": \(reason)"
    }
}
