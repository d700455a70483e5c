/// Serializes response heads and chunked body framing into an output buffer (RFC 9112 §4–§7).
enum ResponseEncoder {
    /// How the body after the head is delimited.
    enum BodyFraming {
        /// No body may follow (1xx, 204, 304), so no `Content-Length` either (RFC 9110 §8.6).
        case none
        case length(Int)
        case chunked
        /// HTTP/1.0 streaming: the body ends when the connection closes (RFC 9112 §6.3 (8)).
        case untilClose
    }

    /// What the `Connection` field says, if anything (RFC 9112 §9.3, §9.6).
    enum ConnectionOption {
        case none, close, keepAlive
    }

    /// Appends the status line and header section, ending with the empty line.
    ///
    /// Fields named `Content-Length`, `Transfer-Encoding`, `Connection` or `Date` in `headers`
    /// are skipped: the server alone decides framing and persistence.
    static func writeHead(
        _ status: HTTPStatus, headers: HTTPHeaders, extra: HTTPHeaders?, framing: BodyFraming,
        connection: ConnectionOption, dateLine: [UInt8], into output: inout [UInt8]
    ) {
        appendStatusLine(status, into: &output)
        output.append(contentsOf: dateLine)
        appendFields(headers, into: &output)
        if let extra { appendFields(extra, into: &output) }
        switch framing {
        case .none, .untilClose:
            break
        case .length(let length):
            appendASCII("Content-Length: ", into: &output)
            appendDecimal(length, into: &output)
            output.append(contentsOf: crlf)
        case .chunked:
            appendASCII("Transfer-Encoding: chunked\r\n", into: &output)
        }
        switch connection {
        case .none: break
        case .close: appendASCII("Connection: close\r\n", into: &output)
        case .keepAlive: appendASCII("Connection: keep-alive\r\n", into: &output)
        }
        output.append(contentsOf: crlf)
    }

    /// Appends one chunk: size in hex, CRLF, data, CRLF. Empty data writes nothing, since a
    /// zero-size chunk would end the body.
    static func appendChunk(_ data: some Collection<UInt8>, into output: inout [UInt8]) {
        guard !data.isEmpty else { return }
        appendHex(data.count, into: &output)
        output.append(contentsOf: crlf)
        output.append(contentsOf: data)
        output.append(contentsOf: crlf)
    }

    /// Appends the last chunk and the trailer section.
    static func appendLastChunk(trailers: HTTPHeaders, into output: inout [UInt8]) {
        appendASCII("0\r\n", into: &output)
        appendFields(trailers, into: &output)
        output.append(contentsOf: crlf)
    }

    static let crlf: [UInt8] = [0x0D, 0x0A]

    static func appendStatusLine(_ status: HTTPStatus, into output: inout [UInt8]) {
        appendASCII("HTTP/1.1 ", into: &output)
        appendDecimal(status.code, into: &output)
        output.append(0x20)
        output.append(contentsOf: status.reasonPhrase.utf8)
        output.append(contentsOf: crlf)
    }

    private static func appendFields(_ headers: HTTPHeaders, into output: inout [UInt8]) {
        let bytes = headers.bytes
        for (index, field) in headers.fields.enumerated() where !isServerManaged(headers, index) {
            output.append(contentsOf: bytes[Int(field.nameStart)..<Int(field.nameEnd)])
            output.append(UInt8(ascii: ":"))
            output.append(0x20)
            output.append(contentsOf: bytes[Int(field.valueStart)..<Int(field.valueEnd)])
            output.append(contentsOf: crlf)
        }
    }

    private static func isServerManaged(_ headers: HTTPHeaders, _ index: Int) -> Bool {
        let field = headers.fields[index]
        switch field.nameEnd - field.nameStart {
        case 4: return headers.matches(index, lowercased: "date")
        case 10: return headers.matches(index, lowercased: "connection")
        case 14: return headers.matches(index, lowercased: "content-length")
        case 17: return headers.matches(index, lowercased: "transfer-encoding")
        default: return false
        }
    }

    @inline(__always)
    static func appendASCII(_ text: StaticString, into output: inout [UInt8]) {
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    static func appendDecimal(_ value: Int, into output: inout [UInt8]) {
        precondition(value >= 0)
        if value < 10 {
            output.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var remaining = value
            var position = buffer.count
            while remaining > 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            }
            output.append(contentsOf: buffer[position...])
        }
    }

    static func appendHex(_ value: Int, into output: inout [UInt8]) {
        precondition(value > 0)
        var shift = (Int.bitWidth - value.leadingZeroBitCount + 3) / 4 * 4
        while shift > 0 {
            shift -= 4
            let digit = UInt8((value >> shift) & 0xF)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}
