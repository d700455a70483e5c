/// Parses a complete request head — request-line and field lines, CRLF-terminated — and decides
/// how the body is framed.
enum HeadParser {
    /// How the body that follows the head is delimited (RFC 9112 §6.3).
    enum Framing: Equatable {
        case none
        case contentLength(Int)
        case chunked
    }

    struct Head {
        var request: HTTPRequest
        var framing: Framing
        var expectsContinue: Bool
    }

    /// Field names the server itself interprets, found while the fields are scanned.
    private struct Interesting {
        var contentLength = FieldIndices()
        var transferEncoding = FieldIndices()
        var host = FieldIndices()
        var connection = FieldIndices()
        var expect = FieldIndices()
    }

    /// The positions of the fields with one name; the first two are kept inline, so the usual
    /// single field costs no allocation.
    struct FieldIndices: Sequence {
        private var inline = (0, 0)
        private var more: [Int] = []
        private(set) var count = 0

        var isEmpty: Bool { count == 0 }
        var first: Int? { count > 0 ? inline.0 : nil }

        mutating func append(_ index: Int) {
            switch count {
            case 0: inline.0 = index
            case 1: inline.1 = index
            default: more.append(index)
            }
            count += 1
        }

        struct Iterator: IteratorProtocol {
            let indices: FieldIndices
            var position = 0

            mutating func next() -> Int? {
                guard position < indices.count else { return nil }
                defer { position += 1 }
                switch position {
                case 0: return indices.inline.0
                case 1: return indices.inline.1
                default: return indices.more[position - 2]
                }
            }
        }

        func makeIterator() -> Iterator {
            Iterator(indices: self)
        }
    }

    static func parse(_ head: UnsafeRawBufferPointer, limits: RequestParser.Limits) throws(HTTPParseError) -> Head {
        // The request line ends at the first CRLF; the caller checked every LF has its CR.
        var lineEnd = 0
        while head[lineEnd] != RequestParser.lf { lineEnd += 1 }
        let line = try RequestLine(UnsafeRawBufferPointer(rebasing: head[0..<(lineEnd - 1)]))

        let sectionStart = lineEnd + 1
        let section = UnsafeRawBufferPointer(rebasing: head[sectionStart..<(head.count - 2)])
        var fields: [HTTPHeaders.Field] = []
        fields.reserveCapacity(12)
        var interesting = Interesting()
        var start = 0
        while start < section.count {
            var end = start
            while section[end] != RequestParser.cr || section[end + 1] != RequestParser.lf { end += 1 }
            guard fields.count < limits.maxHeaderCount else { throw HTTPParseError(.tooManyHeaders) }
            let field = try parseFieldLine(UnsafeRawBufferPointer(rebasing: section[start..<end]))
            let index = fields.count
            fields.append(HTTPHeaders.Field(
                nameStart: Int32(start + field.name.lowerBound), nameEnd: Int32(start + field.name.upperBound),
                valueStart: Int32(start + field.value.lowerBound), valueEnd: Int32(start + field.value.upperBound)
            ))
            classify(UnsafeRawBufferPointer(rebasing: section[(start + field.name.lowerBound)..<(start + field.name.upperBound)]), index, &interesting)
            start = end + 2
        }
        let headers = HTTPHeaders(bytes: Array(section), fields: fields)

        // RFC 9112 §3.2: a server MUST respond 400 to an HTTP/1.1 request without Host or with
        // more than one Host field line.
        if interesting.host.count > 1 { throw HTTPParseError(.duplicateHost) }
        if interesting.host.isEmpty, line.version.minor >= 1 { throw HTTPParseError(.missingHost) }
        let host = line.authority ?? interesting.host.first.map(headers.value(at:))

        let framing = try framing(of: headers, interesting, version: line.version, limits: limits)
        let keepAlive = keepAlive(headers, interesting.connection, version: line.version)
        let expectsContinue = try expectsContinue(headers, interesting.expect, version: line.version, framing: framing)

        let request = HTTPRequest(
            method: line.method, target: line.target, path: line.path, queryItems: line.queryItems,
            version: line.version, headers: headers, host: host, keepAlive: keepAlive
        )
        return Head(request: request, framing: framing, expectsContinue: expectsContinue)
    }

    /// Splits `name ":" OWS value OWS` (RFC 9112 §5), returning the name and trimmed value ranges.
    static func parseFieldLine(_ line: UnsafeRawBufferPointer) throws(HTTPParseError) -> (name: Range<Int>, value: Range<Int>) {
        // RFC 9112 §5.2: obs-fold is refused with 400 rather than unfolded.
        guard let first = line.first else { throw HTTPParseError(.invalidHeaderName) }
        if ByteClass.isWhitespace(first) { throw HTTPParseError(.obsoleteLineFolding) }
        var colon = 0
        while colon < line.count, line[colon] != UInt8(ascii: ":") {
            guard ByteClass.isTokenCharacter(line[colon]) else {
                // RFC 9112 §5.1: whitespace between name and colon MUST be rejected with 400.
                if ByteClass.isWhitespace(line[colon]) { throw HTTPParseError(.whitespaceBeforeColon) }
                throw HTTPParseError(.invalidHeaderName)
            }
            colon += 1
        }
        guard colon < line.count, colon > 0 else { throw HTTPParseError(.invalidHeaderName) }
        var valueStart = colon + 1
        var valueEnd = line.count
        while valueStart < valueEnd, ByteClass.isWhitespace(line[valueStart]) { valueStart += 1 }
        while valueEnd > valueStart, ByteClass.isWhitespace(line[valueEnd - 1]) { valueEnd -= 1 }
        for byte in line[valueStart..<valueEnd] where !ByteClass.isFieldValueCharacter(byte) {
            throw HTTPParseError(byte == RequestParser.cr ? .bareCarriageReturn : .invalidHeaderValue)
        }
        return (0..<colon, valueStart..<valueEnd)
    }

    private static func classify(_ name: UnsafeRawBufferPointer, _ index: Int, _ interesting: inout Interesting) {
        switch name.count {
        case 4 where equalsLowercase(name, "host"): interesting.host.append(index)
        case 6 where equalsLowercase(name, "expect"): interesting.expect.append(index)
        case 10 where equalsLowercase(name, "connection"): interesting.connection.append(index)
        case 14 where equalsLowercase(name, "content-length"): interesting.contentLength.append(index)
        case 17 where equalsLowercase(name, "transfer-encoding"): interesting.transferEncoding.append(index)
        default: break
        }
    }

    static func equalsLowercase(_ bytes: some Collection<UInt8>, _ lowercase: StaticString) -> Bool {
        lowercase.withUTF8Buffer { expected in
            guard bytes.count == expected.count else { return false }
            return zip(bytes, expected).allSatisfy { ByteClass.lowercased($0) == $1 }
        }
    }

    /// RFC 9112 §6.3: the rules that decide a request body's length, strictest reading.
    private static func framing(
        of headers: HTTPHeaders, _ interesting: Interesting, version: HTTPVersion, limits: RequestParser.Limits
    ) throws(HTTPParseError) -> Framing {
        if !interesting.transferEncoding.isEmpty {
            // §6.1: Transfer-Encoding in an HTTP/1.0 message means the framing is faulty.
            if version.minor == 0 { throw HTTPParseError(.transferEncodingInHTTP10) }
            // §6.3 (3): both fields is a likely smuggling attempt; we reject rather than guess.
            if !interesting.contentLength.isEmpty { throw HTTPParseError(.contentLengthWithTransferEncoding) }
            var codings: [ArraySlice<UInt8>] = []
            for index in interesting.transferEncoding {
                codings += listElements(headers.valueBytes(at: index))
            }
            // §6.3 (4): chunked must be the final coding, else the length is unknowable: 400.
            guard let last = codings.last, equalsLowercase(last, "chunked") else { throw HTTPParseError(.chunkedNotFinal) }
            // §7: chunked MUST NOT be applied more than once.
            if codings.dropLast().contains(where: { equalsLowercase($0, "chunked") }) { throw HTTPParseError(.chunkedTwice) }
            // §6.1: a coding the server does not understand gets 501.
            if codings.count > 1 { throw HTTPParseError(.unsupportedTransferCoding) }
            return .chunked
        }
        guard !interesting.contentLength.isEmpty else { return .none }
        // §6.3 (5) and §8.6: several or invalid Content-Length values are unrecoverable: 400.
        if interesting.contentLength.count > 1 { throw HTTPParseError(.duplicateContentLength) }
        let value = headers.valueBytes(at: interesting.contentLength.first!)
        guard !value.isEmpty, value.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw HTTPParseError(.invalidContentLength)
        }
        var length = 0
        for digit in value {
            length = length * 10 + Int(digit - UInt8(ascii: "0"))
            if length > limits.maxBodyBytes { throw HTTPParseError(.bodyTooLarge) }
        }
        return length == 0 ? .none : .contentLength(length)
    }

    /// RFC 9112 §9.3: HTTP/1.1 keeps the connection unless `close`; HTTP/1.0 closes it unless
    /// `keep-alive`.
    private static func keepAlive(_ headers: HTTPHeaders, _ indices: FieldIndices, version: HTTPVersion) -> Bool {
        var close = false
        var keepAlive = false
        for index in indices {
            for option in listElements(headers.valueBytes(at: index)) {
                if equalsLowercase(option, "close") { close = true }
                if equalsLowercase(option, "keep-alive") { keepAlive = true }
            }
        }
        if close { return false }
        return version.minor >= 1 || keepAlive
    }

    /// RFC 9110 §10.1.1: `100-continue` is the only expectation; others may get 417, and an
    /// HTTP/1.0 request's expectation MUST be ignored.
    private static func expectsContinue(
        _ headers: HTTPHeaders, _ indices: FieldIndices, version: HTTPVersion, framing: Framing
    ) throws(HTTPParseError) -> Bool {
        guard version.minor >= 1, !indices.isEmpty else { return false }
        for index in indices {
            for expectation in listElements(headers.valueBytes(at: index)) where !equalsLowercase(expectation, "100-continue") {
                throw HTTPParseError(.unsupportedExpectation)
            }
        }
        return framing != .none
    }

    /// The elements of a comma-separated field value, trimmed, empty ones dropped (RFC 9110 §5.6.1).
    static func listElements(_ value: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        value.split(separator: UInt8(ascii: ",")).compactMap { element in
            var trimmed = element
            while let first = trimmed.first, ByteClass.isWhitespace(first) { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, ByteClass.isWhitespace(last) { trimmed = trimmed.dropLast() }
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
