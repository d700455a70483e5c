/// The server's state on one event loop: its listener, its connections, the date and
/// request-id counters, the access log buffer and the timeout sweep.
///
/// Created on and confined to its loop's thread, so nothing in it needs a lock; the only
/// shared state is in ``ServerState``.
final class LoopContext {
    let loop: EventLoop
    let configuration: HTTPServerConfiguration
    let handler: any HTTPHandler
    private let state: ServerState

    private var connections: [Connection] = []
    private var listener: Listener?
    private var requestSequence: UInt64 = 0
    private var dateCache = DateCache()
    private var accessLog = AccessLog()
    private var accessLogTimer: EventLoop.Timer?
    private var sweepTimer: EventLoop.Timer?
    private var forceCloseTimer: EventLoop.Timer?
    private(set) var isDraining = false
    private var drainReported = false
    private var lastErrorReport: UInt64 = 0

    init(loop: EventLoop, state: ServerState) {
        self.loop = loop
        self.state = state
        self.configuration = state.configuration
        self.handler = state.handler
    }

    var connectionCount: Int { connections.count }

    func startListening(on socket: Socket) throws(IOError) {
        let listener = Listener(socket: socket, context: self)
        do {
            try listener.start()
        } catch {
            listener.close()
            throw error
        }
        self.listener = listener
        scheduleSweep()
    }

    func nextRequestID() -> RequestID {
        requestSequence &+= 1
        return RequestID(loop: loop.index, sequence: requestSequence)
    }

    func dateLine() -> [UInt8] {
        dateCache.dateLine(now: loop.now)
    }

    // MARK: - Connections

    /// Takes an accepted socket, or refuses it with 503 when the server is at its limit.
    func adopt(_ socket: Socket) {
        let open = state.openConnections.wrappingAdd(1, ordering: .relaxed).newValue
        if open > state.connectionLimit.load(ordering: .relaxed) || isDraining {
            state.openConnections.wrappingSubtract(1, ordering: .relaxed)
            refuseAtLimit(socket)
            return
        }
        socket.setNoDelay()
        let connection = Connection(socket: socket, context: self)
        connection.registryIndex = connections.count
        connections.append(connection)
        connection.start()
    }

    /// Best effort: one non-blocking write of a canned 503, then close.
    private func refuseAtLimit(_ socket: Socket) {
        let body = "too many open connections\n"
        let response = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\nRetry-After: 1\r\nConnection: close\r\n\r\n\(body)"
        var bytes = Array(response.utf8)
        _ = try? bytes.withUnsafeMutableBytes { buffer throws(IOError) in
            try socket.send(buffer.baseAddress!, count: buffer.count)
        }
        socket.shutdownWrite()
        socket.descriptor.close()
    }

    func connectionClosed(_ connection: Connection) {
        let index = connection.registryIndex
        precondition(index >= 0 && index < connections.count && connections[index] === connection, "connection registry out of step")
        let last = connections.removeLast()
        if index < connections.count {
            connections[index] = last
            last.registryIndex = index
        }
        connection.registryIndex = -1
        state.openConnections.wrappingSubtract(1, ordering: .relaxed)
        if isDraining { reportIfDrained() }
    }

    // MARK: - Timeouts

    /// The sweep period: a quarter of the shortest timeout, between 10 ms and 1 s.
    private var sweepInterval: Duration {
        let shortest = [configuration.idleTimeout, configuration.headerTimeout, configuration.bodyTimeout,
                        configuration.writeTimeout, configuration.lingerTimeout].min()!
        return min(max(shortest / 4, .milliseconds(10)), .seconds(1))
    }

    private func scheduleSweep() {
        sweepTimer = loop.schedule(after: sweepInterval) { [unowned self] in
            let now = loop.now
            // Walk a copy: a check may close the connection, which reorders the registry.
            for connection in connections {
                connection.checkTimeouts(now: now)
            }
            scheduleSweep()
        }
    }

    // MARK: - Shutdown

    /// Stops accepting, closes idle connections, lets busy ones finish, and forces the rest
    /// closed after `timeout`.
    func beginDrain(timeout: Duration) {
        if isDraining {
            // A second request (a second signal) means now.
            forceClose()
            return
        }
        isDraining = true
        listener?.close()
        for connection in connections {
            connection.drain()
        }
        forceCloseTimer = loop.schedule(after: timeout) { [unowned self] in self.forceClose() }
        reportIfDrained()
    }

    private func forceClose() {
        for connection in connections {
            connection.close()
        }
        reportIfDrained()
    }

    private func reportIfDrained() {
        guard isDraining, connections.isEmpty, !drainReported else { return }
        drainReported = true
        forceCloseTimer?.cancel()
        sweepTimer?.cancel()
        accessLogTimer?.cancel()
        accessLog.flush()
        // The context refers to the server state, which holds the contexts: release this one
        // once the current task is done, breaking the cycle.
        loop.executeSoon { [state, loop] in state.contexts.set(nil, on: loop) }
        state.loopDrained()
    }

    // MARK: - Logging

    /// Reports a finished response to ``HTTPServerConfiguration/onResponse`` and the access log.
    func log(_ slot: ResponseSlot, statusOverride: Int?) {
        let status = statusOverride ?? slot.status
        configuration.onResponse?(status)
        guard configuration.accessLog else { return }
        let entry = AccessLog.Entry(
            id: slot.id, method: slot.method.rawValue, path: slot.logPath, status: status,
            bytes: slot.bodyBytes, durationNanoseconds: EventLoop.monotonicNow() &- slot.startedAt
        )
        let first = accessLog.append(entry)
        if accessLog.buffer.count >= AccessLog.flushThreshold {
            accessLogTimer?.cancel()
            accessLogTimer = nil
            accessLog.flush()
        } else if first {
            accessLogTimer = loop.schedule(after: AccessLog.flushDelay) { [unowned self] in
                self.accessLogTimer = nil
                self.accessLog.flush()
            }
        }
    }

    /// Reports an operational problem on standard error, at most once a second per loop.
    func reportError(_ message: String) {
        let now = EventLoop.monotonicNow()
        guard now &- lastErrorReport >= 1_000_000_000 || lastErrorReport == 0 else { return }
        lastErrorReport = now
        var line = Array("level=error loop=\(loop.index) msg=".utf8)
        AccessLog.appendValue(message, into: &line)
        line.append(UInt8(ascii: "\n"))
        AccessLog.writeToStandardError(line)
    }
}
