import Dispatch
import Synchronization

/// A bounded, thread-safe set of connections to one database, lent out inside a closure.
///
/// At most `maximumConnections` are open; a caller that finds them all busy waits up to
/// `acquireTimeout` and then gets ``PostgresError/poolTimeout(waitedSeconds:)``. Connections are
/// opened on demand with a blocking connect and kept for reuse.
///
/// Health: before a connection is lent it is checked without a round trip (a server restart or a
/// terminated backend shows as a closed socket); one idle longer than `idleCheckInterval`, or
/// idle since before another connection was found broken, is also pinged. A broken connection is
/// dropped and replaced by a new one. So after PostgreSQL restarts, a query already running may
/// fail with ``PostgresError/connectionLost(reason:serverError:)``, but the next acquire gets a
/// working connection with nothing for the caller to do.
///
/// `withConnection` blocks its thread while waiting; call it from threads of your own, never from
/// Swift's cooperative pool (the event loop uses the non-blocking API on connections it owns).
/// Do not nest `withConnection` calls on one thread: with every connection lent, the inner call
/// waits for the outer and fails after `acquireTimeout`.
package final class PostgresConnectionPool: Sendable {
    /// Sizing and health-check settings.
    package struct Options: Sendable {
        /// Upper bound of open connections (PostgreSQL's `max_connections` is shared by all pools).
        package var maximumConnections: Int
        /// How long `withConnection` waits for a free connection.
        package var acquireTimeout: Duration
        /// Idle connections older than this are pinged before reuse.
        package var idleCheckInterval: Duration

        package init(maximumConnections: Int = 10, acquireTimeout: Duration = .seconds(10), idleCheckInterval: Duration = .seconds(30)) {
            precondition(maximumConnections > 0, "a pool needs at least one connection")
            self.maximumConnections = maximumConnections
            self.acquireTimeout = acquireTimeout
            self.idleCheckInterval = idleCheckInterval
        }
    }

    /// Counters for tests and metrics.
    package struct Statistics: Sendable, Hashable {
        /// Connections open now (lent out or idle).
        package var open: Int
        /// Connections idle now.
        package var idle: Int
        /// Connections opened since the pool was created.
        package var opened: Int
        /// Connections dropped because they were found broken.
        package var discarded: Int
    }

    /// A connection lying idle in the pool. `@unchecked Sendable`: an idle connection is touched by
    /// no thread, and the one that takes it out of the pool's state is its only user.
    private struct Idle: @unchecked Sendable {
        let connection: PostgresConnection
        let since: ContinuousClock.Instant
    }

    private struct State {
        var idle: [Idle] = []
        var statistics = Statistics(open: 0, idle: 0, opened: 0, discarded: 0)
        var isClosed = false
        /// Connections idle since before this instant are pinged: a sibling was found broken then.
        var suspectBefore: ContinuousClock.Instant?
    }

    package let configuration: PostgresConfiguration
    package let options: Options
    /// Free lending slots; waiting on it is the bounded, timed wait for a connection.
    private let slots: DispatchSemaphore
    private let state = Mutex(State())

    package init(configuration: PostgresConfiguration, options: Options = Options()) {
        self.configuration = configuration
        self.options = options
        slots = DispatchSemaphore(value: options.maximumConnections)
    }

    /// Lends a connection to `body` for its duration; it goes back to the pool afterwards, or is
    /// dropped when `body` left it broken.
    @discardableResult
    package func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let started = ContinuousClock.now
        guard slots.wait(timeout: .now() + options.acquireTimeout.dispatchInterval) == .success else {
            throw PostgresError.poolTimeout(waitedSeconds: (ContinuousClock.now - started).seconds)
        }
        defer { slots.signal() }
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(connection)
    }

    /// Closes idle connections and refuses further lending; lent connections close on return.
    package func close() {
        let idle = state.withLock { state in
            state.isClosed = true
            let idle = state.idle
            state.idle = []
            state.statistics.open -= idle.count
            state.statistics.idle = 0
            return idle
        }
        _ = idle // Released here, outside the lock: each deinit calls PQfinish.
    }

    /// A snapshot of the pool's counters.
    package var statistics: Statistics { state.withLock { $0.statistics } }

    // MARK: Lending

    private func checkOut() throws -> PostgresConnection {
        while true {
            let taken = try state.withLock { state throws(PostgresError) -> (Idle, Bool)? in
                guard !state.isClosed else { throw .poolClosed }
                guard let idle = state.idle.popLast() else { return nil }
                state.statistics.idle = state.idle.count
                let suspect = state.suspectBefore.map { idle.since < $0 } ?? false
                return (idle, suspect)
            }
            guard let (idle, suspect) = taken else { return try open() }
            let connection = idle.connection
            let needsPing = suspect || ContinuousClock.now - idle.since > options.idleCheckInterval
            if connection.looksAliveWhileIdle() && (!needsPing || connection.ping()) {
                return connection
            }
            discard(broken: true)
        }
    }

    private func open() throws -> PostgresConnection {
        let connection = try PostgresConnection(configuration: configuration)
        state.withLock { state in
            state.statistics.open += 1
            state.statistics.opened += 1
        }
        return connection
    }

    private func checkIn(_ connection: PostgresConnection) {
        let reusable = connection.resetForReuse()
        let kept = Idle(connection: connection, since: .now)
        let keptInPool = state.withLock { state -> Bool in
            guard reusable, !state.isClosed else { return false }
            state.idle.append(kept)
            state.statistics.idle = state.idle.count
            return true
        }
        if !keptInPool { discard(broken: !reusable) }
    }

    /// Forgets a connection; when it was broken, every connection idle now becomes suspect (a
    /// server restart breaks them all at once).
    private func discard(broken: Bool) {
        let now = ContinuousClock.now
        state.withLock { state in
            state.statistics.open -= 1
            if broken {
                state.statistics.discarded += 1
                state.suspectBefore = now
            }
        }
    }
}

extension Duration {
    /// The duration for Dispatch's timed waits.
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }

    /// The duration in seconds, for messages.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
