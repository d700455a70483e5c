/// An incremental HTTP/1.1 request parser (RFC 9112), fed bytes as they arrive.
///
/// ``parse(_:)`` looks at the unread input and reports how many bytes it consumed and at most
/// one event; the caller drops the consumed bytes and calls again with more. The head is parsed
/// once it is complete (it is bounded by ``Limits/maxHeadBytes``), the body as it streams in.
/// Any error is final: the caller answers with the error's status and closes the connection, as
/// RFC 9112 §6.3 requires when framing is in doubt, so one connection can never smuggle a second
/// request past the parser.
struct RequestParser {
    struct Limits: Sendable {
        /// Request line plus header section, CRLFs included; also bounds the trailer section.
        var maxHeadBytes = 16 * 1024
        var maxBodyBytes = 1024 * 1024
        var maxHeaderCount = 100
        /// A chunk-size line with its extensions.
        var maxChunkLineBytes = 4096
    }

    enum Event {
        /// The head carried `Expect: 100-continue` and a body follows (RFC 9110 §10.1.1).
        case expectsContinue
        /// A whole request.
        case request(HTTPRequest)
    }

    private enum State {
        case head
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
        case failed(HTTPParseError)
    }

    let limits: Limits
    private var state = State.head
    /// How far the current head or line has been searched for LF, so bytes are scanned once.
    private var scanned = 0
    /// Where the line being searched starts, within the current head.
    private var lineStart = 0
    private var request: HTTPRequest?
    private var trailerBytes = 0

    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Whether no part of a request has been seen since the last complete one.
    var isIdle: Bool {
        if case .head = state { return scanned == 0 }
        return false
    }

    /// Whether the head is done and the body is being read.
    var isReadingBody: Bool {
        switch state {
        case .head, .failed: false
        default: true
        }
    }

    mutating func parse(_ input: UnsafeRawBufferPointer) throws(HTTPParseError) -> (consumed: Int, event: Event?) {
        do throws(HTTPParseError) {
            switch state {
            case .head:
                return try parseHead(input)
            case .fixedBody(let remaining):
                let taken = min(remaining, input.count)
                request!.body.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[0..<taken]))
                if taken == remaining { return (taken, finish()) }
                state = .fixedBody(remaining: remaining - taken)
                return (taken, nil)
            case .chunkSize:
                return try parseChunkSize(input)
            case .chunkData(let remaining):
                let taken = min(remaining, input.count)
                request!.body.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[0..<taken]))
                state = taken == remaining ? .chunkDataEnd : .chunkData(remaining: remaining - taken)
                return (taken, nil)
            case .chunkDataEnd:
                // RFC 9112 §7.1: chunk-data is followed by CRLF; anything else is broken framing.
                guard input.count >= 2 else {
                    if input.count == 1, input[0] != Self.cr { throw HTTPParseError(.invalidChunkTerminator) }
                    return (0, nil)
                }
                guard input[0] == Self.cr, input[1] == Self.lf else { throw HTTPParseError(.invalidChunkTerminator) }
                state = .chunkSize
                return (2, nil)
            case .trailers:
                return try parseTrailerLine(input)
            case .failed(let error):
                throw error
            }
        } catch {
            state = .failed(error)
            throw error
        }
    }

    // MARK: - Head

    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")

    private mutating func parseHead(_ input: UnsafeRawBufferPointer) throws(HTTPParseError) -> (consumed: Int, event: Event?) {
        var position = scanned
        while position < input.count {
            guard input[position] == Self.lf else { position += 1; continue }
            // RFC 9112 §2.2 lets a recipient accept a bare LF; we do not, since peers that
            // disagree on line endings are how requests get smuggled.
            guard position > 0, input[position - 1] == Self.cr else { throw HTTPParseError(.bareLineFeed) }
            if position - 1 == lineStart {
                if lineStart == 0 {
                    // RFC 9112 §2.2: a server SHOULD ignore at least one empty line (CRLF)
                    // received before the request-line.
                    scanned = 0
                    return (2, nil)
                }
                return try completeHead(input, end: position + 1)
            }
            // RFC 9112 §3: a request-target longer than the server will parse gets 414; a
            // header section that is too large gets 431 (RFC 6585 §5).
            if lineStart == 0, position + 1 > limits.maxHeadBytes { throw HTTPParseError(.requestLineTooLong) }
            lineStart = position + 1
            position += 1
        }
        if input.count > limits.maxHeadBytes {
            throw HTTPParseError(lineStart == 0 ? .requestLineTooLong : .headTooLarge)
        }
        scanned = position
        return (0, nil)
    }

    private mutating func completeHead(_ input: UnsafeRawBufferPointer, end: Int) throws(HTTPParseError) -> (consumed: Int, event: Event?) {
        guard end <= limits.maxHeadBytes else { throw HTTPParseError(.headTooLarge) }
        scanned = 0
        lineStart = 0
        let head = try HeadParser.parse(UnsafeRawBufferPointer(rebasing: input[0..<end]), limits: limits)
        request = head.request
        switch head.framing {
        case .none:
            return (end, finish())
        case .contentLength(let length):
            // Reserve a little: a client announcing a large body need not send it.
            request!.body.reserveCapacity(min(length, 64 * 1024))
            state = .fixedBody(remaining: length)
        case .chunked:
            state = .chunkSize
        }
        return (end, head.expectsContinue ? .expectsContinue : nil)
    }

    private mutating func finish() -> Event {
        let complete = request.take()!
        state = .head
        trailerBytes = 0
        return .request(complete)
    }

    // MARK: - Chunked body (RFC 9112 §7.1)

    private mutating func parseChunkSize(_ input: UnsafeRawBufferPointer) throws(HTTPParseError) -> (consumed: Int, event: Event?) {
        guard let lineFeed = try findLineFeed(input, limit: limits.maxChunkLineBytes, tooLong: .invalidChunkSize) else {
            return (0, nil)
        }
        let line = UnsafeRawBufferPointer(rebasing: input[0..<(lineFeed - 1)])
        var index = 0
        var size = 0
        let available = limits.maxBodyBytes - request!.body.count
        while index < line.count, let digit = ByteClass.hexValue(line[index]) {
            size = size * 16 + Int(digit)
            if size > available { throw HTTPParseError(.bodyTooLarge) }
            index += 1
        }
        guard index > 0 else { throw HTTPParseError(.invalidChunkSize) }
        // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ): extensions are
        // allowed and ignored, but only after a semicolon and only in visible characters.
        while index < line.count, ByteClass.isWhitespace(line[index]) { index += 1 }
        if index < line.count {
            guard line[index] == UInt8(ascii: ";") else { throw HTTPParseError(.invalidChunkSize) }
            for byte in line[index...] where !ByteClass.isFieldValueCharacter(byte) || byte >= 0x80 {
                throw HTTPParseError(.invalidChunkSize)
            }
        }
        state = size == 0 ? .trailers : .chunkData(remaining: size)
        return (lineFeed + 1, nil)
    }

    private mutating func parseTrailerLine(_ input: UnsafeRawBufferPointer) throws(HTTPParseError) -> (consumed: Int, event: Event?) {
        let room = limits.maxHeadBytes - trailerBytes
        guard let lineFeed = try findLineFeed(input, limit: room, tooLong: .headTooLarge) else { return (0, nil) }
        if lineFeed == 1 { return (2, finish()) }
        trailerBytes += lineFeed + 1
        guard request!.trailers.count < limits.maxHeaderCount else { throw HTTPParseError(.tooManyHeaders) }
        let line = UnsafeRawBufferPointer(rebasing: input[0..<(lineFeed - 1)])
        let field = try HeadParser.parseFieldLine(line)
        request!.trailers.add(
            name: String(decoding: line[field.name], as: UTF8.self),
            value: String(decoding: line[field.value], as: UTF8.self)
        )
        return (lineFeed + 1, nil)
    }

    /// Finds the LF ending the line at the start of `input`, checking it follows a CR.
    private mutating func findLineFeed(
        _ input: UnsafeRawBufferPointer, limit: Int, tooLong: HTTPParseError.Reason
    ) throws(HTTPParseError) -> Int? {
        var position = scanned
        while position < input.count {
            if input[position] == Self.lf {
                guard position > 0, input[position - 1] == Self.cr else { throw HTTPParseError(.bareLineFeed) }
                guard position < limit else { throw HTTPParseError(tooLong) }
                scanned = 0
                return position
            }
            position += 1
        }
        if input.count >= limit { throw HTTPParseError(tooLong) }
        scanned = input.count
        return nil
    }
}
