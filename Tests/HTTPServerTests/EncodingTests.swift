import Testing
@testable import HTTPServer

/// The pure pieces: dates, numbers, chunk framing, percent-decoding, headers, log lines, CORS.
@Suite struct EncodingTests {
    @Test(arguments: [
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
        (4_102_444_799, "Thu, 31 Dec 2099 23:59:59 GMT"),
    ])
    func formatsIMFFixdate(_ seconds: Int, _ expected: String) {
        #expect(HTTPDate.imfFixdate(unixSeconds: seconds) == expected)
    }

    @Test func formatsISO8601ForLogs() {
        #expect(HTTPDate.iso8601(unixSeconds: 784_111_777) == "1994-11-06T08:49:37")
    }

    @Test func writesDecimalAndHexNumbers() {
        for value in [0, 7, 10, 13, 999, 1_048_576, Int.max] {
            var output: [UInt8] = []
            ResponseEncoder.appendDecimal(value, into: &output)
            #expect(String(decoding: output, as: UTF8.self) == String(value))
        }
        for value in [1, 15, 16, 255, 4096, 0xABCDEF] {
            var output: [UInt8] = []
            ResponseEncoder.appendHex(value, into: &output)
            #expect(String(decoding: output, as: UTF8.self) == String(value, radix: 16))
        }
    }

    @Test func framesChunksAndSkipsEmptyOnes() {
        var output: [UInt8] = []
        ResponseEncoder.appendChunk(Array("hello world, this is 26 b!".utf8), into: &output)
        ResponseEncoder.appendChunk([UInt8](), into: &output)
        ResponseEncoder.appendLastChunk(trailers: ["X-T": "1"], into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "1a\r\nhello world, this is 26 b!\r\n0\r\nX-T: 1\r\n\r\n")
    }

    @Test func leavesFramingHeadersToTheServer() {
        var output: [UInt8] = []
        let headers: HTTPHeaders = ["Content-Length": "999", "X-A": "1", "transfer-encoding": "gzip", "Connection": "upgrade", "Date": "x"]
        ResponseEncoder.writeHead(.ok, headers: headers, extra: nil, framing: .length(2), connection: .close,
                                  dateLine: Array("Date: D\r\n".utf8), into: &output)
        #expect(String(decoding: output, as: UTF8.self)
            == "HTTP/1.1 200 OK\r\nDate: D\r\nX-A: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n")
    }

    @Test func replacesLineBreaksInHeaderValues() {
        var headers = HTTPHeaders()
        headers.add(name: "X-Injected", value: "a\r\nSet-Cookie: evil")
        #expect(headers["x-injected"] == "a  Set-Cookie: evil")
        headers.replaceOrAdd(name: "X-INJECTED", value: "b")
        #expect(headers.values(for: "x-injected") == ["b"])
        headers.remove(name: "x-injected")
        #expect(headers.isEmpty)
    }

    @Test(arguments: [
        ("a%20b", false, "a b"), ("a+b", false, "a+b"), ("a+b", true, "a b"),
        ("%E2%9C%93", false, "✓"), ("plain", true, "plain"),
    ])
    func decodesPercentEncoding(_ input: String, _ plusAsSpace: Bool, _ expected: String) {
        var bytes = Array(input.utf8)
        let decoded = bytes.withUnsafeMutableBytes { PercentDecoding.decode(UnsafeRawBufferPointer($0), plusAsSpace: plusAsSpace) }
        #expect(decoded == expected)
    }

    @Test(arguments: ["%", "%4", "%G0", "%C3", "%FF", "%ED%A0%80"])
    func refusesBadEscapesAndInvalidUTF8(_ input: String) {
        let bytes = Array(input.utf8)
        let decoded = bytes.withUnsafeBytes { PercentDecoding.decode($0, plusAsSpace: true) }
        #expect(decoded == nil)
    }

    @Test func formatsLogfmtLines() {
        var output: [UInt8] = []
        let entry = AccessLog.Entry(id: RequestID(loop: 1, sequence: 42), method: "GET", path: "/a b\"c",
                                    status: 200, bytes: 13, durationNanoseconds: 1_234_567)
        AccessLog.format(entry, milliseconds: 7, into: &output)
        #expect(String(decoding: output, as: UTF8.self)
            == "007Z id=1-42 method=GET path=\"/a b\\\"c\" status=200 bytes=13 duration_ms=1.234\n")
    }

    @Test func allowsConfiguredOriginsOnly() {
        let listed = CORSPolicy(allowedOrigins: .list(["https://a.example"]))
        #expect(listed.allowOriginValue(for: "https://A.example") == "https://A.example")
        #expect(listed.allowOriginValue(for: "https://b.example") == nil)
        #expect(listed.responseHeaders(for: "https://b.example").map(\.name) == ["Vary"])
        let any = CORSPolicy(allowedOrigins: .any)
        #expect(any.allowOriginValue(for: "https://b.example") == "*")
        #expect(any.responseHeaders(for: "https://b.example")["Vary"] == nil)
        let credentials = CORSPolicy(allowedOrigins: .any, allowCredentials: true)
        #expect(credentials.allowOriginValue(for: "https://b.example") == "https://b.example")
    }

    @Test func listsAllowedMethodsWithHeadAndOptions() {
        let methods: [HTTPMethod: any HTTPHandler] = [.get: HTTPRouter(), .post: HTTPRouter()]
        #expect(HTTPRouter.allowValue(for: methods) == "GET, HEAD, OPTIONS, POST")
    }
}
