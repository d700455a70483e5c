import HTTPServer
import PostgresClient

/// An event loop's own database connections and the jobs waiting for one of them.
///
/// Created on the loop at server start and used only there, so nothing in it is locked. A job
/// runs at once on an idle connection, or waits in a bounded queue while all are busy; beyond the
/// queue it fails as `SERVER_BUSY`. While no connection is up after a failed attempt (an outage),
/// jobs fail at once as `DATABASE_UNAVAILABLE` instead of waiting, and every connection keeps
/// reconnecting with a doubling delay (50 ms up to 2 s), so the service recovers by itself within
/// about two seconds of PostgreSQL coming back.
final class LoopDatabase {
    private let loop: EventLoop
    private let settings: DatabaseSettings
    private let metrics: Metrics
    private var connections: [DatabaseConnection] = []
    private var queue: [DatabaseJob] = []
    private var closing = false
    /// No connection is up and the last attempt failed: jobs fail fast.
    private(set) var inOutage = false

    init(loop: EventLoop, settings: DatabaseSettings, metrics: Metrics, size: Int) {
        self.loop = loop
        self.settings = settings
        self.metrics = metrics
        connections = (0..<max(1, size)).map { _ in DatabaseConnection(loop: loop, settings: settings, metrics: metrics, pool: self) }
    }

    /// Opens every connection (without waiting: jobs queue until the first is up).
    func start() {
        for connection in connections { connection.connect() }
    }

    // MARK: - Jobs

    /// Runs `job` on an idle connection, queues it, or fails it at once (outage, full queue).
    func submit(_ job: DatabaseJob) {
        loop.preconditionInEventLoop()
        if closing && !connections.contains(where: \.isUp) {
            job.fail(.unavailable(detail: "the server is shutting down"))
            return
        }
        if let idle = connections.first(where: \.isIdle) {
            idle.run(job)
            return
        }
        if inOutage {
            job.fail(.unavailable(detail: "no database connection is up"))
            return
        }
        guard queue.count < settings.queueLimit else {
            job.fail(.busy)
            return
        }
        job.isQueued = true
        queue.append(job)
        metrics.queuedJobs.add()
    }

    /// The client of `job` went away: a queued job leaves the queue, a running one finishes on its
    /// connection and its results are dropped.
    func abandon(_ job: DatabaseJob) {
        job.abandon()
        guard job.isQueued, let index = queue.firstIndex(where: { $0 === job }) else { return }
        queue.remove(at: index)
        job.isQueued = false
        metrics.queuedJobs.subtract()
    }

    private func dequeue() -> DatabaseJob? {
        guard !queue.isEmpty else { return nil }
        let job = queue.removeFirst()
        job.isQueued = false
        metrics.queuedJobs.subtract()
        return job
    }

    private func failQueue(_ failure: DatabaseFailure) {
        while let job = dequeue() { job.fail(failure) }
    }

    // MARK: - Connection events

    func connectionBecameIdle(_ connection: DatabaseConnection, afterConnecting: Bool) {
        if afterConnecting, inOutage {
            inOutage = false
            ServiceLog.write(.info, "database_available", ["loop": String(loop.index)])
        }
        if let job = dequeue() {
            connection.run(job)
        } else if closing {
            connection.close()
        }
    }

    func connectionFailedToConnect(_ connection: DatabaseConnection, detail: String) {
        metrics.countDatabaseError(.connectFailed)
        connection.failedAttempts += 1
        guard !closing else {
            connection.close()
            return
        }
        if !connections.contains(where: \.isUp) { enterOutage(detail: detail) }
        scheduleReconnect(connection)
    }

    func connectionLost(_ connection: DatabaseConnection, detail: String, quietly: Bool = false) {
        if !quietly {
            metrics.countDatabaseError(.connectionLost)
            ServiceLog.write(.warning, "database_connection_lost", ["loop": String(loop.index), "detail": detail])
        }
        guard !closing else {
            connection.close()
            return
        }
        // The first attempt goes at once: after a restart the server is usually back already.
        connection.connect()
    }

    private func enterOutage(detail: String) {
        if !inOutage {
            inOutage = true
            ServiceLog.write(.error, "database_unavailable", ["loop": String(loop.index), "detail": detail])
        }
        failQueue(.unavailable(detail: detail))
    }

    private func scheduleReconnect(_ connection: DatabaseConnection) {
        let (first, last) = settings.reconnectDelays
        let doublings = min(connection.failedAttempts - 1, 16)
        var delay = first * (1 << max(0, doublings))
        if delay > last { delay = last }
        // A little jitter, so the loops' connections do not reconnect in lockstep.
        delay += .milliseconds(Int.random(in: 0...max(1, Int(delay.wholeNanoseconds / 5_000_000))))
        connection.reconnectTimer?.cancel()
        connection.reconnectTimer = loop.schedule(after: delay) { [weak connection] in
            connection?.reconnectTimer = nil
            connection?.connect()
        }
    }

    // MARK: - Shutdown

    /// Stops for good without cutting requests short: idle and reconnecting connections close now,
    /// busy ones once the queue they serve is empty; later jobs fail once none is left.
    func close() {
        loop.preconditionInEventLoop()
        guard !closing else { return }
        closing = true
        for connection in connections where !connection.isBusy {
            connection.close()
        }
        if !connections.contains(where: \.isUp) { failQueue(.unavailable(detail: "the server is shutting down")) }
    }
}

extension Duration {
    /// Whole nanoseconds, for jitter arithmetic.
    fileprivate var wholeNanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
