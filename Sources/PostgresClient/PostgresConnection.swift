internal import CLibPQ

/// One PostgreSQL session over libpq, used by one thread at a time.
///
/// This is the only kind of object in the product that holds a libpq connection pointer; nothing
/// libpq appears in its API. The core API (stable: later changes are additive only):
///
/// ```swift
/// let connection = try PostgresConnection(url: databaseURL)          // postgres:// URL or conninfo
/// let result = try connection.query(
///     "select id, name, amount from finding where unit = $1 and year = $2",
///     ["永州市教育局", .int(2020)])                                    // values travel as $n binds
/// for row in result {
///     let id = try row.decode(Int.self, at: 0)
///     let name = try row.decode(String.self, column: "name")
///     let amount = try row.decode(PostgresNumeric?.self, column: "amount")   // exact, NULL → nil
/// }
/// try connection.executeScript(migrationText)                        // trusted multi-statement SQL
/// try connection.transaction { connection in                         // rolls back when body throws
///     try connection.query("insert into unit (name) values ($1)", [.text(name)])
/// }
/// ```
///
/// Further API lives in extensions: prepared statements (`PostgresConnection+Prepared.swift`),
/// COPY (`+Copy`), the non-blocking API for event loops (`+Async`, ``PendingQuery``,
/// ``PendingConnection``), cancellation (``PostgresCancelToken``); threads share connections
/// through ``PostgresConnectionPool``; ``StatementCounter`` counts what is sent.
///
/// The class is deliberately not `Sendable`: libpq allows a connection to be used by one thread at
/// a time only (https://www.postgresql.org/docs/15/libpq-threading.html). The pool hands a
/// connection out inside a closure so it cannot be kept or shared. `deinit` always calls `PQfinish`.
package final class PostgresConnection {
    /// The `PGconn`, owned by this object for its whole life.
    let handle: OpaquePointer
    /// Where this connection went.
    package let configuration: PostgresConfiguration
    /// Statements prepared on this session, by name (see `PostgresConnection+Prepared.swift`).
    var preparedStatements = PreparedStatementCache()
    /// How many statements this session keeps prepared (at least 1; 1000 unless set): past it the
    /// least recently used are deallocated, so clients inventing ever new queries cannot grow the
    /// backend's memory without bound.
    package var preparedStatementCapacity: Int {
        get { preparedStatements.capacity }
        set { preparedStatements.capacity = max(1, newValue) }
    }
    /// Nesting depth of ``transaction(_:)`` calls, naming their savepoints.
    var transactionDepth = 0
    /// Statements this connection has executed (same rules as ``StatementCounter``).
    package internal(set) var statementsExecuted = 0
    /// Statements this connection has prepared (`PQprepare`, `PQsendPrepare`).
    package internal(set) var statementsPrepared = 0

    /// Connects (blocking) to the server a `postgres://`/`postgresql://` URL or conninfo names.
    package convenience init(url: String) throws(PostgresError) {
        try self.init(configuration: PostgresConfiguration(url: url))
    }

    /// Connects (blocking, up to the configuration's `connect_timeout`). An event loop that must
    /// not block connects with ``PendingConnection`` instead.
    package convenience init(configuration: PostgresConfiguration) throws(PostgresError) {
        let connection = configuration.withConnectionKeywords { names, values in PQconnectdbParams(names, values, 0) }
        guard let connection else {
            throw .connectionFailed(Self.failure(configuration, connection: nil, reason: "libpq is out of memory"))
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let failure = Self.failure(configuration, connection: connection)
            PQfinish(connection)
            throw .connectionFailed(failure)
        }
        self.init(adopting: connection, configuration: configuration)
    }

    /// Takes ownership of an established `PGconn`.
    init(adopting connection: OpaquePointer, configuration: PostgresConfiguration) {
        self.configuration = configuration
        handle = connection
        // libpq prints notices (e.g. "table does not exist, skipping") to stderr by default.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Runs one statement with its parameters (`PQexecParams`) and returns its complete result.
    ///
    /// The SQL is a single statement; values go in `parameters` and are referred to as `$1…$n`.
    /// Throws ``PostgresError/server(_:)`` for SQL errors (the connection stays usable) and
    /// ``PostgresError/connectionLost(reason:serverError:)`` when the session is gone.
    @discardableResult
    package func query(_ sql: String, _ parameters: PostgresParameters = []) throws(PostgresError) -> PostgresResult {
        let result = try withLibpqParameters(parameters) { count, types, values in
            PQexecParams(handle, sql, count, types, values, nil, nil, 0)
        }
        countExecution()
        return try checkedResult(result, statement: sql)
    }

    /// Runs trusted multi-statement SQL text (`PQexec`), e.g. a migration file; never user input.
    ///
    /// There are no parameters: this exists for schema files written by the team, and its name
    /// says so at every call site. The statements run as one implicit transaction unless the text
    /// has its own `BEGIN`/`COMMIT`; an error stops the script and throws the failing
    /// statement's error.
    package func executeScript(_ trustedSQL: String) throws(PostgresError) {
        let result = PQexec(handle, trustedSQL)
        countExecution()
        _ = try checkedResult(result, statement: trustedSQL)
    }

    /// Whether libpq still considers the session open. A server restart is only noticed on the
    /// next read, so `true` does not promise the next statement succeeds.
    package var isConnected: Bool { PQstatus(handle) == CONNECTION_OK }

    /// The server's version as an integer, e.g. `150004` for 15.4.
    package var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// The process ID of the server backend serving this session.
    package var backendPID: Int32 { PQbackendPID(handle) }

    /// Where the session stands with respect to transactions (`PQtransactionStatus`).
    package var transactionStatus: TransactionStatus {
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE: .idle
        case PQTRANS_ACTIVE: .active
        case PQTRANS_INTRANS: .inTransaction
        case PQTRANS_INERROR: .failedTransaction
        default: .unknown
        }
    }

    /// The transaction state of a session.
    package enum TransactionStatus: Sendable, Hashable {
        /// No transaction open.
        case idle
        /// A statement is in progress.
        case active
        /// Inside a transaction block.
        case inTransaction
        /// Inside a transaction block in which a statement failed; only rollback is possible.
        case failedTransaction
        /// The connection is bad.
        case unknown
    }

    // MARK: Shared by the extensions

    func countExecution() {
        statementsExecuted += 1
        StatementCounter.countExecution()
    }

    func countPreparation() {
        statementsPrepared += 1
        StatementCounter.countPreparation()
    }

    /// libpq's current error message for this connection.
    var errorMessage: String { String(cString: PQerrorMessage(handle)).trimmingTrailingWhitespace() }

    /// Wraps a successful result or throws the error it (or its absence) stands for.
    func checkedResult(_ result: OpaquePointer?, statement: String?) throws(PostgresError) -> PostgresResult {
        guard let result else { throw failure(statement: statement) }
        let wrapped = PostgresResult(owning: result)
        switch wrapped.status {
        case .commandOK, .tuplesOK, .emptyQuery, .singleTuple, .pipelineSync:
            return wrapped
        case .copyIn, .copyOut, .copyBoth:
            abandonCopy()
            throw .client(reason: "COPY started by query(); use copyFromStdin(_:_:) for COPY FROM STDIN")
        case .fatalError, .nonfatalError, .badResponse, .pipelineAborted:
            throw failure(result: result, statement: statement)
        }
    }

    /// The error a failed result stands for: a server error, or a lost connection.
    func failure(result: OpaquePointer, statement: String?) -> PostgresError {
        let serverError = PostgresServerError(result: result, statement: statement)
        if PQstatus(handle) == CONNECTION_BAD {
            let reason = String(cString: PQresultErrorMessage(result)).trimmingTrailingWhitespace()
            return .connectionLost(reason: reason.isEmpty ? errorMessage : reason, serverError: serverError)
        }
        if let serverError { return .server(serverError) }
        if PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
            return .client(reason: "statement skipped: an earlier statement in the pipeline failed")
        }
        return .client(reason: String(cString: PQresultErrorMessage(result)).trimmingTrailingWhitespace())
    }

    /// The error when libpq returned no result or refused to send: lost connection or misuse.
    func failure(statement: String?) -> PostgresError {
        if PQstatus(handle) == CONNECTION_BAD { return .connectionLost(reason: errorMessage, serverError: nil) }
        return .client(reason: errorMessage)
    }

    /// Leaves a COPY state entered by a statement that was not meant to start one.
    private func abandonCopy() {
        _ = PQputCopyEnd(handle, "COPY is not supported through query()")
        var buffer: UnsafeMutablePointer<CChar>?
        while PQgetCopyData(handle, &buffer, 0) > 0 { PQfreemem(buffer) }
        while let result = PQgetResult(handle) { PQclear(result) }
    }

    /// Where a failed connection attempt went, with libpq's reason (or `reason` when given).
    static func failure(_ configuration: PostgresConfiguration, connection: OpaquePointer?, reason: String? = nil) -> ConnectionFailure {
        func text(_ value: UnsafeMutablePointer<CChar>?) -> String? {
            guard let value, value.pointee != 0 else { return nil }
            return String(cString: value)
        }
        return ConnectionFailure(
            host: configuration.host ?? connection.flatMap { text(PQhost($0)) } ?? "(libpq default)",
            port: configuration.port ?? connection.flatMap { text(PQport($0)) } ?? "5432",
            database: configuration.database ?? connection.flatMap { text(PQdb($0)) } ?? "(libpq default)",
            user: configuration.user ?? connection.flatMap { text(PQuser($0)) } ?? "(libpq default)",
            reason: reason ?? connection.map { String(cString: PQerrorMessage($0)).trimmingTrailingWhitespace() } ?? "unknown"
        )
    }
}

@available(*, unavailable, message: "a connection is used by one thread at a time; share it through PostgresConnectionPool")
extension PostgresConnection: Sendable {}
