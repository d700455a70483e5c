/// Statements in flight on a non-blocking connection, advanced by an event loop on readiness.
///
/// The event loop owns the waiting; this type owns the libpq protocol. Each ``advance()`` does as
/// much as it can without blocking and says what to wait for next:
///
/// ```swift
/// let query = PendingQuery(connection, [.prepared(findingsByUnit, [.int(unitID)])])
/// var progress = try query.advance()            // sends (prepares first if needed)
/// while true {
///     switch progress {
///     case .needsRead: wait until connection.socket is readable
///     case .needsWrite: wait until it is writable (or readable)
///     case .row(let row, _): stream it (single-row mode only)
///     case .done(let results): return results   // one result per statement, in order
///     }
///     progress = try query.advance()
/// }
/// ```
///
/// - **Sequential** mode sends one statement, reads all its results, then sends the next; a
///   statement not yet prepared on the connection is prepared first, chained without blocking,
///   and a statement the server forgot (`26000`) is prepared again once. The first failure stops
///   the batch.
/// - **Pipelined** mode (https://www.postgresql.org/docs/15/libpq-pipeline-mode.html) sends every
///   statement, their preparations and a sync at once, then reads all results: one round trip.
///   The statements up to the sync run as one implicit transaction, and after a failure the rest
///   are skipped by the server.
///
/// Either way ``advance()`` throws only once everything has been read (so the connection is
/// ready for the next query), except for a lost connection, which throws at once, and for
/// parameters libpq cannot send (a NUL byte in text), which the first ``advance()`` throws
/// before sending anything. A statement may ask for single-row mode (rows arrive as `.row` one
/// by one, for huge lists).
///
/// Drive a pending query to `.done` or an error before using the connection for anything else.
/// To give up early (a client went away, a timeout), cancel with a ``PostgresCancelToken`` and
/// keep advancing: the statement then fails quickly with `57014`. A connection abandoned midway
/// is not reused by the pool.
package final class PendingQuery {
    /// What the caller should do next.
    package enum Progress {
        /// Wait until the socket is readable, then call ``advance()``.
        case needsRead
        /// Wait until the socket is writable (or readable), then call ``advance()``.
        case needsWrite
        /// One row of statement `statement` (single-row mode); call ``advance()`` again at once.
        case row(PostgresRow, statement: Int)
        /// Finished: one result per statement, in order (empty results for single-row statements).
        case done([PostgresResult])
    }

    /// One statement of the batch.
    package struct Statement: Sendable {
        enum Text: Sendable {
            case sql(String)
            case prepared(PostgresStatement)
        }

        let text: Text
        let parameters: PostgresParameters
        let singleRow: Bool

        /// An unnamed statement (`PQsendQueryParams`).
        package static func sql(_ sql: String, _ parameters: PostgresParameters = [], singleRow: Bool = false) -> Statement {
            Statement(text: .sql(sql), parameters: parameters, singleRow: singleRow)
        }

        /// A named statement, prepared on the connection first if it is not yet.
        package static func prepared(_ statement: PostgresStatement, _ parameters: PostgresParameters = [], singleRow: Bool = false) -> Statement {
            Statement(text: .prepared(statement), parameters: parameters, singleRow: singleRow)
        }
    }

    /// How the statements are sent.
    package enum Mode: Sendable {
        case sequential
        case pipelined
    }

    /// A result the connection owes us, in the order the server sends them.
    private enum Expectation {
        /// `DEALLOCATE` of least recently used statements, sent first (results ignored).
        case deallocate
        case prepare(Int)
        case execute(Int)
        case sync
    }

    private let connection: PostgresConnection
    private let statements: [Statement]
    private let mode: Mode
    private var expected: [Expectation] = []
    private var expectedHead = 0
    private var results: [PostgresResult?]
    private var firstError: PostgresError?
    private var nextToSend = 0
    private var started = false
    private var finished = false
    private var flushing = false
    private var prepareSucceeded = false
    private var retryPreparation: Int?
    private var retried: Set<Int> = []

    /// Prepares the batch; nothing is sent until the first ``advance()``.
    package init(_ connection: PostgresConnection, _ statements: [Statement], mode: Mode = .sequential) {
        precondition(!statements.isEmpty, "a pending query needs at least one statement")
        self.connection = connection
        self.statements = statements
        self.mode = mode
        results = Array(repeating: nil, count: statements.count)
    }

    /// A single statement.
    package convenience init(_ connection: PostgresConnection, _ statement: Statement) {
        self.init(connection, [statement])
    }

    /// Whether the batch has completed (successfully or not).
    package var isFinished: Bool { finished }

    /// Sends, flushes and reads as far as possible without blocking.
    package func advance() throws(PostgresError) -> Progress {
        precondition(!finished, "advance() called on a finished PendingQuery")
        do {
            if !started {
                started = true
                try start()
                // Nothing can have arrived before the statements went out: wait for the socket
                // instead of a read that would find nothing (a wasted system call per query).
                return flushing ? .needsWrite : .needsRead
            }
            if flushing {
                try connection.consumeInput()
                if try connection.flush() == .needsWrite { return .needsWrite }
                flushing = false
            }
            return try receive()
        } catch {
            finished = true
            throw error
        }
    }

    // MARK: Sending

    private func start() throws(PostgresError) {
        // Every statement's parameters are checked before anything is sent: a refusal midway
        // would leave a pipeline half-sent (no sync) and a sequential batch half-run.
        for statement in statements { try checkSendable(statement.parameters) }
        if !connection.isNonBlocking { try connection.setNonBlocking() }
        let evicted = evictions()
        switch mode {
        case .sequential:
            if evicted.isEmpty {
                try send(statementAt: 0)
            } else {
                try connection.sendDeallocations(evicted)
                expected.append(.deallocate)
                flushing = try connection.flush() == .needsWrite
            }
        case .pipelined:
            try connection.enterPipelineMode()
            if !evicted.isEmpty {
                // A segment of its own, so that a failure there skips none of the statements.
                try connection.sendDeallocations(evicted)
                expected.append(contentsOf: repeatElement(.deallocate, count: evicted.count))
                try connection.pipelineSync()
                expected.append(.sync)
            }
            var preparing: Set<String> = []
            for index in statements.indices {
                let statement = statements[index]
                if case .prepared(let prepared) = statement.text, !connection.isPrepared(prepared),
                   !preparing.contains(prepared.name) {
                    preparing.insert(prepared.name)
                    try connection.sendPrepare(prepared, types: prepared.preparationTypes(for: statement.parameters))
                    expected.append(.prepare(index))
                }
                try sendExecution(index)
            }
            try connection.pipelineSync()
            expected.append(.sync)
            try armSingleRowModeIfNeeded()
            flushing = try connection.flush() == .needsWrite
        }
    }

    /// The least recently used statements to deallocate before this batch prepares its new ones
    /// (see ``PostgresConnection/preparedStatementCapacity``); none inside a transaction block,
    /// where a failing `DEALLOCATE` would abort the caller's transaction.
    private func evictions() -> [String] {
        guard connection.transactionStatus == .idle else { return [] }
        var used: Set<String> = []
        var incoming: Set<String> = []
        for statement in statements {
            guard case .prepared(let prepared) = statement.text else { continue }
            used.insert(prepared.name)
            if !connection.isPrepared(prepared) { incoming.insert(prepared.name) }
        }
        return connection.preparedStatements.evict(toAdmit: incoming.count, keeping: used)
    }

    /// Sequential mode: sends statement `index` (its preparation first, when needed).
    private func send(statementAt index: Int) throws(PostgresError) {
        nextToSend = index + 1
        let statement = statements[index]
        if case .prepared(let prepared) = statement.text, !connection.isPrepared(prepared) {
            try connection.sendPrepare(prepared, types: prepared.preparationTypes(for: statement.parameters))
            expected.append(.prepare(index))
        } else {
            try sendExecution(index)
            try armSingleRowModeIfNeeded()
        }
        flushing = try connection.flush() == .needsWrite
    }

    private func sendExecution(_ index: Int) throws(PostgresError) {
        let statement = statements[index]
        switch statement.text {
        case .sql(let sql): try connection.sendQuery(sql, statement.parameters)
        case .prepared(let prepared):
            try connection.sendQueryPrepared(prepared, statement.parameters)
            connection.preparedStatements.touch(prepared)
        }
        expected.append(.execute(index))
    }

    /// Selects single-row mode for the statement whose results come next, if it asked for it.
    ///
    /// Not after an error in a pipeline: the statement will not run (its result is
    /// `pipelineAborted`, already queued in libpq, which then refuses single-row mode).
    private func armSingleRowModeIfNeeded() throws(PostgresError) {
        guard expectedHead < expected.count, case .execute(let index) = expected[expectedHead],
              statements[index].singleRow, connection.pipelineStatus != .aborted else { return }
        try connection.setSingleRowMode()
    }

    // MARK: Receiving

    private func receive() throws(PostgresError) -> Progress {
        try connection.consumeInput()
        while expectedHead < expected.count {
            if connection.isBusy { return .needsRead }
            let result = connection.nextResult()
            switch expected[expectedHead] {
            case .deallocate:
                // Whatever the outcome, the statements are forgotten by this client.
                if result == nil {
                    try advanceExpectation()
                    if mode == .sequential { try send(statementAt: 0) }
                }
            case .prepare(let index):
                if let result {
                    receivePreparation(result, index: index)
                } else {
                    try finishPreparation(index)
                }
            case .execute(let index):
                if let result {
                    if let row = receiveExecution(result, index: index) { return row }
                } else {
                    try finishExecution(index)
                }
            case .sync:
                if case .failure(let error) = result { record(error) }
                try advanceExpectation()
            }
            if flushing { return .needsWrite }
        }
        return try complete()
    }

    private func receivePreparation(_ result: Result<PostgresResult, PostgresError>, index: Int) {
        switch result {
        case .success: prepareSucceeded = true
        // Prepared on this session already, without this client's record: usable.
        case .failure(let error) where error.sqlState == .duplicatePreparedStatement: prepareSucceeded = true
        case .failure(let error): record(error)
        }
    }

    private func finishPreparation(_ index: Int) throws(PostgresError) {
        if prepareSucceeded, case .prepared(let statement) = statements[index].text {
            connection.preparedStatements.insert(statement)
        }
        let succeeded = prepareSucceeded
        prepareSucceeded = false
        try advanceExpectation()
        if mode == .sequential && succeeded && firstError == nil {
            try sendExecution(index)
            try armSingleRowModeIfNeeded()
            flushing = try connection.flush() == .needsWrite
        }
    }

    /// Keeps a statement's result; returns a `.row` for single-row mode.
    private func receiveExecution(_ result: Result<PostgresResult, PostgresError>, index: Int) -> Progress? {
        switch result {
        case .success(let result) where result.status == .singleTuple:
            return .row(result[0], statement: index)
        case .success(let result):
            results[index] = result
        case .failure(let error):
            if case .prepared(let statement) = statements[index].text,
               error.sqlState == .invalidSQLStatementName {
                connection.preparedStatements.remove(statement)
                if mode == .sequential, !retried.contains(index), connection.transactionStatus != .failedTransaction {
                    retried.insert(index)
                    retryPreparation = index
                    return nil
                }
            }
            record(error)
        }
        return nil
    }

    private func finishExecution(_ index: Int) throws(PostgresError) {
        try advanceExpectation()
        guard mode == .sequential else { return }
        if let retry = retryPreparation {
            retryPreparation = nil
            try send(statementAt: retry)
        } else if firstError == nil && nextToSend < statements.count {
            try send(statementAt: nextToSend)
        }
    }

    private func advanceExpectation() throws(PostgresError) {
        expectedHead += 1
        if mode == .pipelined { try armSingleRowModeIfNeeded() }
    }

    private func record(_ error: PostgresError) {
        if firstError == nil { firstError = error }
    }

    private func complete() throws(PostgresError) -> Progress {
        finished = true
        if mode == .pipelined { try connection.exitPipelineMode() }
        if let firstError { throw firstError }
        var complete: [PostgresResult] = []
        for result in results {
            guard let result else { throw .client(reason: "a statement finished without a result") }
            complete.append(result)
        }
        return .done(complete)
    }
}
