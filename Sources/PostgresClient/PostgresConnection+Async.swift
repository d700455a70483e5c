internal import CLibPQ

/// The non-blocking API (https://www.postgresql.org/docs/15/libpq-async.html) for an event loop
/// that waits on many connections from one thread.
///
/// The raw calls map one-to-one onto libpq; ``PendingQuery`` drives them as a state machine from
/// readiness events, which is what event-loop code should normally use. The connection itself is
/// opened with a blocking connect (at pool or loop start-up); only statements are non-blocking.
///
/// Raw protocol: `setNonBlocking()`, one `send…` call, then `flush()` until `.done` (waiting for
/// the socket to be writable in between), then on each readable event `consumeInput()` and, while
/// `!isBusy`, `nextResult()` until it returns `nil`. Only then may the next statement be sent
/// (outside pipeline mode).
extension PostgresConnection {
    /// Outcome of ``flush()``.
    package enum FlushStatus: Sendable, Hashable {
        /// Everything queued has been sent.
        case done
        /// Data remains queued: wait until the socket is writable (or readable: consume input
        /// first, the server may be waiting for us to read), then flush again.
        case needsWrite
    }

    /// Pipeline state (`PQpipelineStatus`).
    package enum PipelineStatus: Sendable, Hashable {
        case off, on
        /// An error occurred in the pipeline; results until the next sync are `pipelineAborted`.
        case aborted
    }

    /// The socket's file descriptor, for `poll`/`epoll`; `-1` when the connection is closed.
    /// It changes on reconnect (a reconnect is a new connection object).
    package var socket: Int32 { PQsocket(handle) }

    /// Switches the connection to non-blocking (or back to blocking) operation (`PQsetnonblocking`).
    package func setNonBlocking(_ nonBlocking: Bool = true) throws(PostgresError) {
        guard PQsetnonblocking(handle, nonBlocking ? 1 : 0) == 0 else { throw failure(statement: nil) }
    }

    /// Whether the connection is in non-blocking mode.
    package var isNonBlocking: Bool { PQisnonblocking(handle) == 1 }

    /// Sends one parameterized statement without waiting (`PQsendQueryParams`).
    package func sendQuery(_ sql: String, _ parameters: PostgresParameters = []) throws(PostgresError) {
        let sent = try withLibpqParameters(parameters) { count, types, values in
            PQsendQueryParams(handle, sql, count, types, values, nil, nil, 0)
        }
        guard sent == 1 else { throw failure(statement: sql) }
        countExecution()
    }

    /// Sends a prepare request without waiting (`PQsendPrepare`); its result is one command result.
    ///
    /// This raw call does not update the connection's record of prepared statements;
    /// ``PendingQuery`` does, once the server confirms.
    package func sendPrepare(_ statement: PostgresStatement, types: [PostgresDataType]? = nil) throws(PostgresError) {
        let oids = (types ?? statement.parameterTypes).map(\.rawValue)
        let sent = oids.withUnsafeBufferPointer { buffer in
            PQsendPrepare(handle, statement.name, statement.sql, Int32(oids.count), buffer.baseAddress)
        }
        guard sent == 1 else { throw failure(statement: statement.sql) }
        countPreparation()
    }

    /// Sends `DEALLOCATE` for each of `names` without waiting. In pipeline mode each is a
    /// statement of its own (results, then the end of its results, per name); otherwise they go as
    /// one simple query (a result per name, then one end). Not counted as executed statements:
    /// they are the client's housekeeping.
    func sendDeallocations(_ names: [String]) throws(PostgresError) {
        if pipelineStatus == .off {
            let sql = names.map(PostgresStatement.deallocation(of:)).joined(separator: "; ")
            guard PQsendQuery(handle, sql) == 1 else { throw failure(statement: sql) }
            return
        }
        for name in names {
            let sql = PostgresStatement.deallocation(of: name)
            guard PQsendQueryParams(handle, sql, 0, nil, nil, nil, nil, 0) == 1 else { throw failure(statement: sql) }
        }
    }

    /// Sends an execution of a statement already prepared on this session (`PQsendQueryPrepared`).
    package func sendQueryPrepared(_ statement: PostgresStatement, _ parameters: PostgresParameters = []) throws(PostgresError) {
        let sent = try withLibpqParameters(parameters) { count, _, values in
            PQsendQueryPrepared(handle, statement.name, count, values, nil, nil, 0)
        }
        guard sent == 1 else { throw failure(statement: statement.sql) }
        countExecution()
    }

    /// Tries to send queued output (`PQflush`).
    package func flush() throws(PostgresError) -> FlushStatus {
        switch PQflush(handle) {
        case 0: return .done
        case 1: return .needsWrite
        default: throw failure(statement: nil)
        }
    }

    /// Reads whatever the server has sent without blocking (`PQconsumeInput`); call when the
    /// socket is readable. Throws ``PostgresError/connectionLost(reason:serverError:)`` when the
    /// server closed the connection.
    package func consumeInput() throws(PostgresError) {
        guard PQconsumeInput(handle) == 1 else { throw failure(statement: nil) }
    }

    /// Whether ``nextResult()`` would block waiting for more input (`PQisBusy`).
    package var isBusy: Bool { PQisBusy(handle) == 1 }

    /// The next result of the statement in progress (`PQgetResult`), `nil` once it is complete.
    ///
    /// A failed statement gives `.failure` and then, like any other, `nil`: keep calling until
    /// `nil` before sending more. Call only when ``isBusy`` is `false`, or it blocks.
    package func nextResult() -> Result<PostgresResult, PostgresError>? {
        guard let result = PQgetResult(handle) else { return nil }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE, PGRES_EMPTY_QUERY, PGRES_PIPELINE_SYNC:
            return .success(PostgresResult(owning: result))
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            PQclear(result)
            return .failure(.client(reason: "COPY is not supported through the non-blocking API"))
        default:
            defer { PQclear(result) }
            return .failure(failure(result: result, statement: nil))
        }
    }

    /// Returns the rows of the statement just sent one by one (`PQsetSingleRowMode`): results of
    /// status ``PostgresResult/Status/singleTuple``, then a zero-row `tuplesOK`. Call right after
    /// the `send…` call (in pipeline mode: before reading that statement's first result).
    package func setSingleRowMode() throws(PostgresError) {
        guard PQsetSingleRowMode(handle) == 1 else {
            throw .client(reason: "single-row mode must be selected right after sending a statement")
        }
    }

    /// Enters pipeline mode (`PQenterPipelineMode`); only when no statement is in progress.
    package func enterPipelineMode() throws(PostgresError) {
        guard PQenterPipelineMode(handle) == 1 else { throw failure(statement: nil) }
    }

    /// Leaves pipeline mode (`PQexitPipelineMode`); only once every result has been read.
    package func exitPipelineMode() throws(PostgresError) {
        guard PQexitPipelineMode(handle) == 1 else { throw failure(statement: nil) }
    }

    /// Marks a synchronization point and flushes (`PQpipelineSync`): the server runs the queued
    /// statements, and an error skips the rest up to this point.
    package func pipelineSync() throws(PostgresError) {
        guard PQpipelineSync(handle) == 1 else { throw failure(statement: nil) }
    }

    /// The pipeline state.
    package var pipelineStatus: PipelineStatus {
        switch PQpipelineStatus(handle) {
        case PQ_PIPELINE_ON: .on
        case PQ_PIPELINE_ABORTED: .aborted
        default: .off
        }
    }

    /// A token another thread can use to cancel the statement running on this connection.
    package func makeCancelToken() throws(PostgresError) -> PostgresCancelToken {
        guard let cancel = PQgetCancel(handle) else { throw failure(statement: nil) }
        return PostgresCancelToken(owning: cancel)
    }

    /// Asks the server to cancel the statement in progress on this connection (`PQcancel`).
    package func cancel() throws(PostgresError) {
        try makeCancelToken().cancel()
    }
}
