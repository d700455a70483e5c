/// One accepted TCP connection: reads requests, hands each to the handler, writes the
/// responses back in request order, and enforces the timeouts.
///
/// Lives on one loop thread from accept to close. Reading pauses while too many responses are
/// pending or the client is not reading its responses, so neither pipelining nor a slow reader
/// can make the server buffer without bound.
final class Connection {
    /// Buffered output above which reading and streaming producers pause.
    static let highWatermark = 256 * 1024
    /// Buffered output below which paused producers are resumed.
    static let lowWatermark = 64 * 1024

    /// What the connection is waiting for, which decides the timeout that applies.
    enum Phase {
        case idle, head, body, waitingForResponse
    }

    let socket: Socket
    /// Unowned without reference counting, as it is read several times per request: the
    /// context outlives its connections, which leave its registry when they close, and it is
    /// released only once the loop has drained them all.
    unowned(unsafe) let context: LoopContext
    var loop: EventLoop { context.loop }
    var registryIndex = -1

    var watch: EventLoop.Watch?
    var interest: EventLoop.Interest = []
    var parser: RequestParser
    var input: InputBuffer
    /// Bytes queued for the socket; `outputSent` of them are already written.
    var output: [UInt8] = []
    var outputSent = 0
    /// Requests read but not yet fully answered, oldest first.
    var slots: [ResponseSlot] = []

    /// Whether more requests will be read: false after `Connection: close`, an error, or drain.
    var acceptingRequests = true
    /// Close once the output is written and no response is pending.
    var closeAfterWrites = false
    /// The peer may still be sending: drain before closing so it sees our response, not a reset.
    private var lingerOnClose = false
    private var lingerDeadline: UInt64 = 0
    var lingering = false
    private(set) var isClosed = false
    var processing = false
    var continuePending = false
    /// Parsing stopped at a limit (pipelined requests, unread output), not for want of input.
    var inputBlocked = false

    private(set) var phase = Phase.idle
    private var readDeadline: UInt64
    var writeDeadline: UInt64 = 0

    init(socket: Socket, context: LoopContext) {
        self.socket = socket
        self.context = context
        let configuration = context.configuration
        parser = RequestParser(limits: configuration.parserLimits)
        input = InputBuffer(capacityLimit: configuration.maxHeadBytes + 8192)
        readDeadline = context.loop.now &+ configuration.idleTimeout.nanoseconds
    }

    /// Registers with the loop; closes the socket if that fails.
    func start() {
        do {
            // Safe without a reference count: `close()` cancels the watch before the connection
            // leaves the registry, and a cancelled watch's handler is never called again.
            watch = try loop.watch(fileDescriptor: socket.descriptor.rawValue, interest: .readable) { [unowned(unsafe) self] readiness in
                self.handle(readiness)
            }
            interest = .readable
        } catch {
            close()
        }
    }

    // MARK: - Events

    private func handle(_ readiness: EventLoop.Readiness) {
        // A reset or an error leaves nothing to read or write; epoll reports both even while
        // reading is paused, so they must close the connection or the loop would spin.
        if readiness.contains(.error) || readiness.contains(.hangup) {
            close()
            return
        }
        if readiness.contains(.writable) {
            flush()
        }
        if !isClosed, readiness.contains(.readable) {
            readAvailable()
        }
    }

    private func readAvailable() {
        if lingering {
            input.removeAll()
            _ = input.prepareForRead()
        } else if !input.prepareForRead() {
            updateInterest()
            return
        }
        let result: IOResult<Int>
        do {
            result = try input.read(from: socket)
        } catch {
            close()
            return
        }
        switch result {
        case .wouldBlock:
            return
        case .processed(0):
            endOfInput()
        case .processed:
            if lingering {
                input.removeAll()
            } else {
                processInput()
            }
        }
    }

    /// The peer closed its sending side.
    ///
    /// A pending response is treated as abandoned (its handler sees ``HTTPResponder/isCancelled``),
    /// as browsers close connections they no longer want; output already queued for completed
    /// responses is still written.
    private func endOfInput() {
        if lingering || slots.isEmpty && outputSent == output.count {
            close()
            return
        }
        if slots.isEmpty {
            acceptingRequests = false
            closeAfterWrites = true
            lingerOnClose = false
            updateInterest()
            return
        }
        close()
    }

    /// Parses and dispatches every complete request in the input, within the limits.
    func processInput() {
        guard !processing, !isClosed else { return }
        processing = true
        var blocked = false
        while acceptingRequests, !isClosed {
            guard slots.count < context.configuration.maxPipelinedRequests,
                  output.count - outputSent < Connection.highWatermark else {
                blocked = true
                break
            }
            let step = input.withUnread { bytes in
                Result { () throws(HTTPParseError) in try parser.parse(bytes) }
            }
            switch step {
            case .failure(let error):
                refuse(error.status, because: error.reason.rawValue)
            case .success(let (consumed, event)):
                input.consume(consumed)
                switch event {
                case nil:
                    if consumed == 0 { break }
                    continue
                case .expectsContinue?:
                    if slots.isEmpty { writeContinue() } else { continuePending = true }
                    continue
                case .request(let request)?:
                    dispatch(request)
                    continue
                }
            }
            break
        }
        inputBlocked = blocked
        processing = false
        guard !isClosed else { return }
        flush()
        updatePhase()
    }

    private func dispatch(_ request: HTTPRequest) {
        let isPreflight = context.configuration.cors?.isPreflight(request) == true
        // A preflight answer carries its own CORS fields; an actual response gets them added
        // (`Access-Control-Allow-Origin` twice would make the browser refuse either).
        let origin = context.configuration.cors == nil || isPreflight ? nil : request.headers["Origin"]
        let slot = ResponseSlot(
            connection: self, id: context.nextRequestID(), method: request.method, logPath: request.path,
            version: request.version, keepAlive: request.keepAlive, origin: origin, startedAt: EventLoop.monotonicNow()
        )
        slots.append(slot)
        if !request.keepAlive || context.isDraining { acceptingRequests = false }
        if isPreflight, let cors = context.configuration.cors {
            slot.respond(cors.preflightResponse(for: request))
            return
        }
        context.handler.handle(request, HTTPResponder(slot: slot, eventLoop: loop))
    }

    /// Answers with an error status and closes: the request could not be read, so nothing
    /// after it on this connection can be trusted (RFC 9112 §6.3).
    func refuse(_ status: HTTPStatus, because reason: String) {
        acceptingRequests = false
        lingerOnClose = true
        let slot = ResponseSlot(
            connection: self, id: context.nextRequestID(), method: HTTPMethod(rawValue: "-"), logPath: "-",
            version: .http1_1, keepAlive: false, origin: nil, startedAt: EventLoop.monotonicNow()
        )
        slots.append(slot)
        slot.respond(.text("\(status.reasonPhrase): \(reason)\n", status: status))
    }

    func writeContinue() {
        ResponseEncoder.appendStatusLine(.continue, into: &output)
        output.append(contentsOf: ResponseEncoder.crlf)
    }

    // MARK: - Timeouts

    func updatePhase() {
        let next: Phase
        if !slots.isEmpty {
            next = .waitingForResponse
        } else if parser.isReadingBody {
            next = .body
        } else if parser.isIdle, input.isEmpty {
            next = .idle
        } else {
            next = .head
        }
        guard next != phase else { return }
        phase = next
        let configuration = context.configuration
        let now = loop.now
        switch next {
        case .idle:
            readDeadline = now &+ configuration.idleTimeout.nanoseconds
            input.releaseIfLarge()
        case .head: readDeadline = now &+ configuration.headerTimeout.nanoseconds
        case .body: readDeadline = now &+ configuration.bodyTimeout.nanoseconds
        case .waitingForResponse: readDeadline = 0
        }
    }

    /// Called by the loop's periodic sweep.
    func checkTimeouts(now: UInt64) {
        guard !isClosed else { return }
        if lingering {
            if now >= lingerDeadline { close() }
            return
        }
        if writeDeadline != 0, now >= writeDeadline {
            close()
            return
        }
        guard readDeadline != 0, now >= readDeadline else { return }
        switch phase {
        case .idle:
            close()
        case .head, .body:
            // A client this slow (slowloris) loses the connection (RFC 9110 §15.5.9).
            readDeadline = 0
            refuse(.requestTimeout, because: phase == .head ? "request head not received in time" : "request body not received in time")
            flush()
        case .waitingForResponse:
            break
        }
    }

    /// Starts a graceful close: idle connections close now, busy ones after their responses.
    func drain() {
        guard !isClosed else { return }
        if slots.isEmpty, parser.isIdle, input.isEmpty {
            // A request may be sitting unread in the kernel: read once, so it is answered
            // (with `Connection: close`) rather than lost to a reset.
            readAvailable()
            if isClosed { return }
        }
        let midRequest = !parser.isIdle || !input.isEmpty
        if slots.isEmpty, !midRequest {
            if outputSent == output.count {
                close()
            } else {
                acceptingRequests = false
                closeAfterWrites = true
            }
            return
        }
        // Busy: the last pending response says `Connection: close`; a request still arriving
        // is read and answered the same way (see `dispatch`).
        if !slots.isEmpty { acceptingRequests = false }
    }

    // MARK: - Closing

    /// Closes at once; pending responses are cancelled.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        watch?.cancel()
        watch = nil
        socket.descriptor.close()
        let pending = slots
        slots = []
        for slot in pending {
            slot.cancel()
            context.log(slot, statusOverride: 499)
        }
        output = []
        context.connectionClosed(self)
    }

    /// After the last response: half-close and drain when the peer may still be sending.
    func closeGracefully() {
        if lingering { return }
        guard lingerOnClose || !input.isEmpty || !parser.isIdle else {
            close()
            return
        }
        lingering = true
        lingerDeadline = loop.now &+ context.configuration.lingerTimeout.nanoseconds
        socket.shutdownWrite()
        updateInterest()
    }
}
