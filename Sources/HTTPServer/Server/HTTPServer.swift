/// An HTTP/1.1 server: one epoll event loop per core, each with its own `SO_REUSEPORT`
/// listener, handing requests to one ``HTTPHandler``.
///
/// ```swift
/// let server = HTTPServer(configuration: configuration, handler: router)
/// let address = try server.start()
/// try server.shutdownOnSignals(timeout: .seconds(10))
/// server.wait()
/// ```
package final class HTTPServer: Sendable {
    private let state: ServerState

    package init(configuration: HTTPServerConfiguration, handler: any HTTPHandler) {
        var configuration = configuration
        configuration.eventLoopCount = max(1, configuration.eventLoopCount)
        state = ServerState(configuration: configuration, handler: handler)
    }

    package var configuration: HTTPServerConfiguration { state.configuration }

    /// Connections open right now, across all loops.
    package var openConnectionCount: Int { state.openConnections.load(ordering: .relaxed) }

    /// The running loops, in index order (empty before ``start(onLoopStart:)``).
    package var eventLoops: [EventLoop] { state.loops }

    /// Binds, starts the loops and begins accepting; returns the bound address, whose port is
    /// the real one when the configuration asked for port 0.
    ///
    /// `onLoopStart` runs once on each loop's thread before that loop accepts a connection:
    /// the place to create per-loop state (see ``EventLoopLocal``).
    @discardableResult
    package func start(onLoopStart: (@Sendable (EventLoop) -> Void)? = nil) throws(HTTPServerError) -> SocketAddress {
        guard state.loops.isEmpty else { throw .alreadyStarted }
        // Writes to a closed socket must fail with EPIPE, not kill the process.
        Platform.ignoreBrokenPipe()
        // Room for maxConnections plus listeners, loops, log and database sockets. Where the
        // hard limit is lower, fewer connections are allowed, so the limit is met with a clean
        // 503 rather than by running out of descriptors.
        let wanted = state.configuration.maxConnections
        Platform.raiseDescriptorLimit(toAtLeast: wanted + 256)
        let descriptors = Platform.descriptorLimit()
        let reserve = min(256, max(descriptors / 4, 16 + 4 * state.configuration.eventLoopCount))
        state.connectionLimit.store(max(1, min(wanted, descriptors - reserve)), ordering: .relaxed)
        let configuration = state.configuration
        let requested = try SocketAddress(host: configuration.host, port: configuration.port)
        let count = configuration.eventLoopCount

        var sockets: [Socket] = []
        var bound = requested
        do throws(IOError) {
            for _ in 0..<count {
                let socket = try Socket.listen(on: bound, reusePort: count > 1, backlog: Int32(clamping: configuration.backlog))
                sockets.append(socket)
                if sockets.count == 1 { bound = try socket.localAddress() }
            }
        } catch {
            for socket in sockets { socket.descriptor.close() }
            throw .cannotListen(address: requested.description, reason: error.description)
        }

        var loops: [EventLoop] = []
        do throws(IOError) {
            for index in 0..<count {
                loops.append(try EventLoop.start(index: index, name: "http-loop-\(index)") { [state] in state.loopExited() })
            }
        } catch {
            for socket in sockets { socket.descriptor.close() }
            state.setLoops(loops)
            for loop in loops { loop.stop() }
            throw .cannotStartEventLoop(reason: error.description)
        }
        state.setLoops(loops)

        for (loop, socket) in zip(loops, sockets) {
            loop.execute { [state] in
                let context = LoopContext(loop: loop, state: state)
                state.contexts.set(context, on: loop)
                onLoopStart?(loop)
                do {
                    try context.startListening(on: socket)
                } catch {
                    context.reportError("cannot watch the listener: \(error)")
                }
            }
        }
        return bound
    }

    /// Starts a graceful shutdown and returns at once; callable from any thread.
    ///
    /// Listeners close, idle connections close, requests in flight are answered (with
    /// `Connection: close`), and whatever is still open after `timeout` is closed. A second
    /// call closes everything at once.
    package func beginShutdown(timeout: Duration) {
        let (loops, _) = state.beginShutdown()
        for loop in loops {
            loop.execute { [state] in
                state.contexts.value(on: loop)?.beginDrain(timeout: timeout)
            }
        }
    }

    /// Shuts down gracefully (see ``beginShutdown(timeout:)``) and returns once every loop has
    /// stopped.
    package func shutdown(timeout: Duration) async {
        beginShutdown(timeout: timeout)
        await state.waitUntilFinished()
    }

    /// Blocks the calling thread until the server has shut down. For `main`; never call it
    /// from a loop thread or from async code.
    package func wait() {
        precondition(EventLoop.current == nil, "HTTPServer.wait() called on an event loop thread")
        state.blockUntilFinished()
    }

    /// Starts the server, shuts it down gracefully on SIGTERM or SIGINT, and blocks until it
    /// has: the whole life of a server process.
    package func run(shutdownTimeout: Duration = .seconds(10), onLoopStart: (@Sendable (EventLoop) -> Void)? = nil) throws(HTTPServerError) {
        try start(onLoopStart: onLoopStart)
        try shutdownOnSignals(timeout: shutdownTimeout)
        wait()
    }
}
