import Glibc
import HTTPServer
import PostgresClient

/// One non-blocking PostgreSQL session owned by an event loop: connected with
/// ``PendingConnection``, driven through ``PendingQuery`` from readiness events, never blocking
/// the loop.
///
/// Every state change goes through the loop's thread. The socket is watched with the loop's
/// epoll, and a watch must be cancelled before its descriptor is closed. libpq closes its socket
/// on its own terms: during a connect step (it may try another address) and, once connected,
/// inside any read that finds the connection lost. So while connecting, the watch is cancelled
/// before each step; once connected, the loop watches a duplicate of libpq's descriptor that this
/// object owns and closes itself, after cancelling the watch, whatever libpq did meanwhile.
final class DatabaseConnection {
    enum State {
        /// Not connected; the pool decides when to try again.
        case down
        case connecting(PendingConnection)
        case idle(PostgresConnection)
        case busy(PostgresConnection, PendingQuery, DatabaseJob)
        case closed
    }

    private(set) var state: State = .down
    /// Connection attempts that failed since the last success, for the backoff.
    var failedAttempts = 0
    /// A scheduled reconnect, owned by the pool.
    var reconnectTimer: EventLoop.Timer?

    private let loop: EventLoop
    private let settings: DatabaseSettings
    private let metrics: Metrics
    private weak var pool: LoopDatabase?
    private var watch: EventLoop.Watch?
    /// The duplicate descriptor watched while connected (-1 while connecting or down).
    private var watchedDescriptor: Int32 = -1
    private var deadline: EventLoop.Timer?
    private var executedBefore = 0
    private var preparedBefore = 0

    init(loop: EventLoop, settings: DatabaseSettings, metrics: Metrics, pool: LoopDatabase) {
        self.loop = loop
        self.settings = settings
        self.metrics = metrics
        self.pool = pool
    }

    /// Normally the watch is gone by now (``close()``); after a loop stopped with the connection
    /// busy, the duplicate descriptor is still ours to close.
    deinit {
        if watchedDescriptor >= 0 { Glibc.close(watchedDescriptor) }
    }

    var isUp: Bool {
        switch state {
        case .idle, .busy: true
        default: false
        }
    }

    var isIdle: Bool {
        if case .idle = state { return true }
        return false
    }

    var isBusy: Bool {
        if case .busy = state { return true }
        return false
    }

    // MARK: - Connecting

    /// Starts a connection attempt; the pool hears of the outcome.
    func connect() {
        guard case .down = state else { return }
        reconnectTimer?.cancel()
        reconnectTimer = nil
        let pending: PendingConnection
        do {
            pending = try PendingConnection(settings.configuration)
        } catch {
            connectFailed(error.debugDescription)
            return
        }
        setState(.connecting(pending))
        let timeout = settings.connectTimeout
        deadline = loop.schedule(after: timeout) { [weak self] in
            self?.deadline = nil
            self?.connectFailed("no connection within \(timeout)")
        }
        stepConnect(pending)
    }

    private func stepConnect(_ pending: PendingConnection) {
        guard case .connecting(let current) = state, current === pending else { return }
        // libpq may close the socket and open another during a poll (trying the next address).
        cancelWatch()
        let progress: PendingConnection.Progress
        do {
            progress = try pending.advance()
        } catch {
            connectFailed(error.debugDescription)
            return
        }
        let interest: EventLoop.Interest
        switch progress {
        case .connected(let connection):
            connected(connection)
            return
        case .needsRead: interest = .readable
        case .needsWrite: interest = .writable
        }
        let socket = pending.socket
        guard socket >= 0 else {
            connectFailed("libpq reported no socket while connecting")
            return
        }
        do {
            watch = try loop.watch(fileDescriptor: socket, interest: interest) { [weak self] _ in
                self?.stepConnect(pending)
            }
        } catch {
            connectFailed("cannot watch the connection's socket: \(error)")
        }
    }

    private func connected(_ connection: PostgresConnection) {
        deadline?.cancel()
        deadline = nil
        connection.preparedStatementCapacity = settings.maximumPreparedStatements
        do {
            try connection.setNonBlocking()
            let descriptor = fcntl(connection.socket, F_DUPFD_CLOEXEC, 0)
            guard descriptor >= 0 else {
                connectFailed("cannot duplicate the connection's socket: errno \(errno)")
                return
            }
            watchedDescriptor = descriptor
            watch = try loop.watch(fileDescriptor: descriptor, interest: .readable) { [weak self] readiness in
                self?.handle(readiness)
            }
        } catch {
            cancelWatch()
            connectFailed("cannot use the new connection: \(error)")
            return
        }
        failedAttempts = 0
        setState(.idle(connection))
        pool?.connectionBecameIdle(self, afterConnecting: true)
    }

    private func connectFailed(_ detail: String) {
        switch state {
        case .connecting:
            cancelWatch()
            deadline?.cancel()
            deadline = nil
            setState(.down)
        case .down:
            break
        default:
            return
        }
        pool?.connectionFailedToConnect(self, detail: detail)
    }

    // MARK: - Running jobs

    /// Sends `job`'s statements in one pipeline; the connection must be idle.
    func run(_ job: DatabaseJob) {
        guard case .idle(let connection) = state else { preconditionFailure("run(_:) on a connection that is not idle") }
        let query = PendingQuery(connection, job.statements, mode: .pipelined)
        executedBefore = connection.statementsExecuted
        preparedBefore = connection.statementsPrepared
        setState(.busy(connection, query, job))
        deadline = loop.schedule(after: settings.jobDeadline(statements: job.statements.count)) { [weak self] in
            self?.jobMissedDeadline()
        }
        drive()
    }

    private func handle(_ readiness: EventLoop.Readiness) {
        switch state {
        case .busy:
            drive()
        case .idle(let connection):
            // An idle session has nothing to say; input means the server is closing it (a restart,
            // an administrator's pg_terminate_backend) or a notice to read and drop.
            do {
                try connection.consumeInput()
                if !connection.isConnected { throw PostgresError.connectionLost(reason: "the session ended", serverError: nil) }
            } catch {
                lose(detail: "idle connection closed by the server: \(String(reflecting: error))")
            }
        default:
            break
        }
    }

    private func drive() {
        guard case .busy(let connection, let query, let job) = state else { return }
        while true {
            let progress: PendingQuery.Progress
            do {
                progress = try query.advance()
            } catch {
                finish(job, on: connection, with: .failure(error))
                return
            }
            switch progress {
            case .needsRead:
                watch?.interest = .readable
                return
            case .needsWrite:
                watch?.interest = [.readable, .writable]
                return
            case .row(let row, statement: let statement):
                // A budgeted job's root value, taken (or only measured) as it arrives.
                job.receive(row, statement: statement)
                continue
            case .done(let results):
                finish(job, on: connection, with: .success(results))
                return
            }
        }
    }

    private func finish(_ job: DatabaseJob, on connection: PostgresConnection, with result: Result<[PostgresResult], PostgresError>) {
        deadline?.cancel()
        deadline = nil
        var outcome = DatabaseJob.Outcome(result: .success([]))
        outcome.statementsExecuted = connection.statementsExecuted - executedBefore
        outcome.statementsPrepared = connection.statementsPrepared - preparedBefore
        switch result {
        case .success(let results):
            outcome.result = .success(results)
        case .failure(let error):
            outcome.result = .failure(DatabaseFailure(error, statementTimeoutMilliseconds: settings.statementTimeoutMilliseconds))
        }
        // Reused only when the protocol is back at rest: no pipeline, no transaction, no loss.
        let reusable: Bool
        if case .failure(let error) = result {
            reusable = !error.isConnectionLost && connection.isConnected
                && connection.pipelineStatus == .off && connection.transactionStatus == .idle
        } else {
            reusable = true
        }
        if reusable {
            watch?.interest = .readable
            setState(.idle(connection))
        } else {
            cancelWatch()
            setState(.down)
        }
        job.complete(outcome)
        if reusable {
            if job.responseBytes > settings.recycleAfterResponseBytes {
                recycle(detail: "replaced after an answer of \(job.responseBytes) bytes")
            } else {
                pool?.connectionBecameIdle(self, afterConnecting: false)
            }
        } else {
            pool?.connectionLost(self, detail: "query failed and left the session unusable: \(result.failureDetail)")
        }
    }

    /// The server has not answered within the job's deadline: the connection is given up (the
    /// server's `statement_timeout` would have answered long before, so it is unreachable).
    private func jobMissedDeadline() {
        deadline = nil
        guard case .busy(_, _, let job) = state else { return }
        cancelWatch()
        setState(.down)
        job.fail(.unavailable(detail: "no answer from PostgreSQL within the job's deadline"))
        pool?.connectionLost(self, detail: "no answer within the job's deadline")
    }

    /// A lost connection: fails its job, if any, and lets the pool reconnect.
    private func lose(detail: String) {
        let job: DatabaseJob?
        if case .busy(_, _, let running) = state { job = running } else { job = nil }
        deadline?.cancel()
        deadline = nil
        cancelWatch()
        setState(.down)
        job?.fail(.unavailable(detail: detail))
        pool?.connectionLost(self, detail: detail)
    }

    /// Closes an idle connection that read a very large answer;
    /// the pool opens a new one.
    private func recycle(detail: String) {
        cancelWatch()
        setState(.down)
        pool?.connectionLost(self, detail: detail, quietly: true)
    }

    // MARK: - Closing

    /// Closes the connection for good; a running job fails as unavailable.
    func close() {
        reconnectTimer?.cancel()
        reconnectTimer = nil
        deadline?.cancel()
        deadline = nil
        let job: DatabaseJob?
        if case .busy(_, _, let running) = state { job = running } else { job = nil }
        // The watch goes before the connection, whose release closes the socket (PQfinish).
        cancelWatch()
        setState(.closed)
        job?.fail(.unavailable(detail: "the server is shutting down"))
    }

    /// Cancels the watch, then closes the duplicate descriptor it was on (if any).
    private func cancelWatch() {
        watch?.cancel()
        watch = nil
        if watchedDescriptor >= 0 {
            Glibc.close(watchedDescriptor)
            watchedDescriptor = -1
        }
    }

    /// Changes state, keeping the connection gauges in step.
    private func setState(_ next: State) {
        switch state {
        case .idle: metrics.connectionsIdle.subtract()
        case .busy: metrics.connectionsBusy.subtract()
        default: break
        }
        switch next {
        case .idle: metrics.connectionsIdle.add()
        case .busy: metrics.connectionsBusy.add()
        default: break
        }
        state = next
    }
}

extension Result where Failure == PostgresError {
    fileprivate var failureDetail: String {
        if case .failure(let error) = self { return error.debugDescription }
        return "none"
    }
}
