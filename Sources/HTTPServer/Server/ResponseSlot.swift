/// The place in a connection's response order reserved for one request.
///
/// Responses leave in request order (RFC 9112 §9.3.2): a slot at the head of the line writes
/// straight to the connection, a later one buffers until those before it are done. Lives on
/// the connection's loop thread.
final class ResponseSlot {
    enum State {
        case waiting
        case streaming(chunked: Bool)
        case complete
        case cancelled
    }

    let id: RequestID
    let method: HTTPMethod
    let logPath: String
    let version: HTTPVersion
    let keepAlive: Bool
    let origin: String?
    let startedAt: UInt64

    /// The connection, until the slot completes or is cancelled (which breaks the cycle).
    private(set) var connection: Connection?
    private(set) var state = State.waiting
    /// Output held while an earlier response is still being produced.
    var buffer: [UInt8] = []
    private(set) var status = 0
    private(set) var bodyBytes = 0
    /// Whether this response ends the connection (`Connection: close` was sent).
    private(set) var closesConnection = false
    private var suppressBody = false
    private var cancelHandlers: [() -> Void] = []
    private var writableHandler: (() -> Void)?

    init(connection: Connection, id: RequestID, method: HTTPMethod, logPath: String, version: HTTPVersion,
         keepAlive: Bool, origin: String?, startedAt: UInt64) {
        self.connection = connection
        self.id = id
        self.method = method
        self.logPath = logPath
        self.version = version
        self.keepAlive = keepAlive
        self.origin = origin
        self.startedAt = startedAt
    }

    var isComplete: Bool {
        if case .complete = state { return true }
        return false
    }

    var isCancelled: Bool {
        if case .cancelled = state { return true }
        return false
    }

    // MARK: - Whole responses

    func respond(_ response: HTTPResponse) {
        guard case .waiting = state, let connection else {
            assert(isCancelled, "\(id): respond called after the response was started")
            return
        }
        let bodyAllowed = !response.status.forbidsBody
        writeHead(connection, response.status, response.headers, framing: bodyAllowed ? .length(response.body.count) : .none)
        if bodyAllowed, !suppressBody, !response.body.isEmpty {
            connection.write(for: self) { $0.append(contentsOf: response.body) }
            bodyBytes = response.body.count
        }
        complete(connection)
    }

    // MARK: - Streaming

    func startStreaming(status: HTTPStatus, headers: HTTPHeaders) {
        guard case .waiting = state, let connection else {
            assert(isCancelled, "\(id): startStreaming called after the response was started")
            return
        }
        // HTTP/1.0 has no chunked coding: the body runs until the connection closes.
        let chunked = version.minor >= 1
        let framing: ResponseEncoder.BodyFraming = status.forbidsBody ? .none : chunked ? .chunked : .untilClose
        writeHead(connection, status, headers, framing: framing)
        if status.forbidsBody { suppressBody = true }
        state = .streaming(chunked: chunked && !status.forbidsBody)
        connection.scheduleFlush()
    }

    /// Queues `bytes` as body data; returns whether the buffered output is below the high
    /// watermark, i.e. whether the producer may keep writing.
    @discardableResult
    func write(_ bytes: some Collection<UInt8>) -> Bool {
        guard case .streaming(let chunked) = state, let connection else { return false }
        if !suppressBody, !bytes.isEmpty {
            connection.write(for: self) { output in
                if chunked {
                    ResponseEncoder.appendChunk(bytes, into: &output)
                } else {
                    output.append(contentsOf: bytes)
                }
            }
            bodyBytes += bytes.count
            connection.scheduleFlush()
        }
        return isWritable
    }

    var isWritable: Bool {
        guard case .streaming = state, let connection else { return false }
        return connection.pendingBytes(for: self) < Connection.highWatermark
    }

    /// Calls `handler` once the client has read enough that writing may resume.
    func onWritable(_ handler: @escaping () -> Void) {
        guard case .streaming = state, let connection else { return }
        if isWritable {
            connection.loop.executeSoon(handler)
        } else {
            writableHandler = handler
        }
    }

    func finish(trailers: HTTPHeaders) {
        guard case .streaming(let chunked) = state, let connection else { return }
        if chunked, !suppressBody {
            connection.write(for: self) { ResponseEncoder.appendLastChunk(trailers: trailers, into: &$0) }
        }
        complete(connection)
    }

    /// Called by the connection when its output drained below the low watermark.
    func notifyWritable() {
        guard let handler = writableHandler else { return }
        writableHandler = nil
        handler()
    }

    // MARK: - Cancellation

    func onCancel(_ handler: @escaping () -> Void) {
        switch state {
        case .cancelled: connection?.loop.executeSoon(handler)
        case .complete: break
        default: cancelHandlers.append(handler)
        }
    }

    /// The client went away before the response was complete.
    func cancel() {
        guard !isCancelled, !isComplete else { return }
        state = .cancelled
        connection = nil
        writableHandler = nil
        buffer = []
        let handlers = cancelHandlers
        cancelHandlers = []
        for handler in handlers { handler() }
    }

    // MARK: - Helpers

    private func writeHead(_ connection: Connection, _ status: HTTPStatus, _ headers: HTTPHeaders, framing: ResponseEncoder.BodyFraming) {
        self.status = status.code
        if method == .head { suppressBody = true }
        var framing = framing
        closesConnection = connection.responseClosesConnection(self)
        if case .untilClose = framing { closesConnection = true }
        if suppressBody, case .untilClose = framing { framing = .none }
        let option: ResponseEncoder.ConnectionOption =
            closesConnection ? .close : (version.minor == 0 ? .keepAlive : .none)
        let extra = origin.flatMap { connection.context.configuration.cors?.responseHeaders(for: $0) }
        let dateLine = connection.context.dateLine()
        connection.write(for: self) { output in
            ResponseEncoder.writeHead(status, headers: headers, extra: extra, framing: framing,
                                      connection: option, dateLine: dateLine, into: &output)
        }
    }

    private func complete(_ connection: Connection) {
        state = .complete
        cancelHandlers = []
        writableHandler = nil
        connection.slotCompleted(self)
        self.connection = nil
    }
}
