import Testing
@testable import HTTPServer

/// The parser fed whole requests, at every split point and byte by byte, with no socket.
@Suite struct RequestParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let valid: [Case] = [
        Case(name: "simple GET", text: "GET /hello HTTP/1.1\r\nHost: example.org\r\n\r\n"),
        Case(name: "content-length body", text: "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"),
        Case(name: "chunked body with extensions and trailers",
             text: "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n6 ; x\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n"),
        Case(name: "pipelined requests", text: "GET /a HTTP/1.1\r\nHost: a\r\n\r\nPOST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhiGET /c HTTP/1.1\r\nHost: a\r\n\r\n"),
        Case(name: "leading empty line", text: "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"),
        Case(name: "HTTP/1.0 without host", text: "GET / HTTP/1.0\r\n\r\n"),
        Case(name: "expect 100-continue", text: "PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc"),
        Case(name: "absolute-form", text: "GET http://example.org:8080/p%20q?x=1 HTTP/1.1\r\nHost: other\r\n\r\n"),
        Case(name: "query decoding", text: "GET /q?a=1&b=two+words&c=%E2%9C%93&d&=e&&f= HTTP/1.1\r\nHost: a\r\n\r\n"),
        Case(name: "repeated headers", text: "GET / HTTP/1.1\r\nHost: a\r\nAccept: a\r\naccept: b\r\nX-Empty:\r\n\r\n"),
    ]

    @Test(arguments: valid)
    func parsesTheSameAtEverySplitPoint(_ testCase: Case) {
        let (whole, mismatches) = parseAtEverySplit(testCase.text)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(!whole.isEmpty)
        for item in whole {
            if case .error(let reason) = item { Issue.record("unexpected error \(reason)") }
        }
    }

    @Test func readsContentLengthBody() throws {
        let items = parse(chunks: [Array("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello".utf8)])
        guard case .request(let request) = items.first else { Issue.record("\(items)"); return }
        #expect(request.body == "hello")
        #expect(request.method == "POST")
        #expect(request.keepAlive)
    }

    @Test func decodesChunkedBodyAndKeepsTrailersApart() {
        let items = parse(chunks: [Array(Self.valid[2].text.utf8)])
        guard case .request(let request) = items.first else { Issue.record("\(items)"); return }
        #expect(request.body == "hello world")
        #expect(request.trailers == ["X-Trailer: yes"])
        #expect(!request.headers.contains("X-Trailer: yes"))
    }

    @Test func splitsPipelinedRequestsInOrder() {
        let items = parse(chunks: [Array(Self.valid[3].text.utf8)])
        let paths = items.compactMap { item -> String? in
            if case .request(let request) = item { return request.path + ":" + request.body }
            return nil
        }
        #expect(paths == ["/a:", "/b:hi", "/c:"])
    }

    @Test func http10ClosesByDefaultAndKeepsAliveWhenAsked() {
        let plain = parse(chunks: [Array("GET / HTTP/1.0\r\n\r\n".utf8)])
        let asked = parse(chunks: [Array("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n".utf8)])
        let closing = parse(chunks: [Array("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".utf8)])
        guard case .request(let a) = plain.first, case .request(let b) = asked.first, case .request(let c) = closing.first else {
            Issue.record("\(plain) \(asked) \(closing)")
            return
        }
        #expect(!a.keepAlive)
        #expect(b.keepAlive)
        #expect(!c.keepAlive)
    }

    @Test func reportsContinueBeforeTheBody() {
        let items = parse(chunks: [Array(Self.valid[6].text.utf8)])
        #expect(items.count == 2)
        #expect(items.first == .expectsContinue)
    }

    @Test func takesHostFromAbsoluteFormTarget() {
        let items = parse(chunks: [Array(Self.valid[7].text.utf8)])
        guard case .request(let request) = items.first else { Issue.record("\(items)"); return }
        #expect(request.host == "example.org:8080")
        #expect(request.path == "/p q")
        #expect(request.query == ["x=1"])
    }

    @Test func decodesQueryPercentEscapesPlusAndUTF8() {
        let items = parse(chunks: [Array(Self.valid[8].text.utf8)])
        guard case .request(let request) = items.first else { Issue.record("\(items)"); return }
        #expect(request.query == ["a=1", "b=two words", "c=✓", "d=", "=e", "f="])
    }

    @Test func keepsRepeatedHeadersAndMatchesNamesCaseInsensitively() throws {
        var parser = RequestParser()
        let bytes = Array(Self.valid[9].text.utf8)
        let (_, event) = try bytes.withUnsafeBytes { buffer throws(HTTPParseError) in try parser.parse(buffer) }
        guard case .request(let request)? = event else { Issue.record("no request"); return }
        #expect(request.headers.values(for: "ACCEPT") == ["a", "b"])
        #expect(request.headers["x-empty"] == "")
        #expect(request.headers["missing"] == nil)
    }

    // MARK: - Refusals

    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let reason: HTTPParseError.Reason
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        // Request smuggling vectors (RFC 9112 §6.3).
        Refusal(name: "CL and TE", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", reason: .contentLengthWithTransferEncoding),
        Refusal(name: "TE and CL", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", reason: .contentLengthWithTransferEncoding),
        Refusal(name: "duplicate CL, same value", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", reason: .duplicateContentLength),
        Refusal(name: "duplicate CL, different values", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", reason: .duplicateContentLength),
        Refusal(name: "CL list", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc", reason: .invalidContentLength),
        Refusal(name: "CL with sign", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\nabc", reason: .invalidContentLength),
        Refusal(name: "CL hex", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x3\r\n\r\nabc", reason: .invalidContentLength),
        Refusal(name: "CL empty", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", reason: .invalidContentLength),
        Refusal(name: "TE gzip only", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", reason: .chunkedNotFinal),
        Refusal(name: "TE chunked then gzip", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", reason: .chunkedNotFinal),
        Refusal(name: "TE gzip then chunked", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", reason: .unsupportedTransferCoding),
        Refusal(name: "TE chunked twice", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", reason: .chunkedTwice),
        Refusal(name: "TE obfuscated", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n", reason: .chunkedNotFinal),
        Refusal(name: "TE with space before colon", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding : chunked\r\n\r\n", reason: .whitespaceBeforeColon),
        Refusal(name: "TE in HTTP/1.0", text: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", reason: .transferEncodingInHTTP10),
        Refusal(name: "chunk size not hex", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", reason: .invalidChunkSize),
        Refusal(name: "chunk size empty", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", reason: .invalidChunkSize),
        Refusal(name: "chunk size negative", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", reason: .invalidChunkSize),
        Refusal(name: "chunk size with junk", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5 x\r\nhello\r\n", reason: .invalidChunkSize),
        Refusal(name: "chunk size overflow", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n", reason: .bodyTooLarge),
        Refusal(name: "chunk data too long", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n", reason: .invalidChunkTerminator),
        Refusal(name: "chunk line bare LF", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n", reason: .bareLineFeed),
        // Head syntax.
        Refusal(name: "obs-fold", text: "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n  c\r\n\r\n", reason: .obsoleteLineFolding),
        Refusal(name: "invalid name character", text: "GET / HTTP/1.1\r\nHost: a\r\nX(A): b\r\n\r\n", reason: .invalidHeaderName),
        Refusal(name: "empty name", text: "GET / HTTP/1.1\r\nHost: a\r\n: b\r\n\r\n", reason: .invalidHeaderName),
        Refusal(name: "no colon", text: "GET / HTTP/1.1\r\nHost: a\r\nJunk\r\n\r\n", reason: .invalidHeaderName),
        Refusal(name: "NUL in value", text: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n", reason: .invalidHeaderValue),
        Refusal(name: "bare CR in value", text: "GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n", reason: .bareCarriageReturn),
        Refusal(name: "bare LF", text: "GET / HTTP/1.1\nHost: a\n\n", reason: .bareLineFeed),
        Refusal(name: "missing host", text: "GET / HTTP/1.1\r\n\r\n", reason: .missingHost),
        Refusal(name: "two hosts", text: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", reason: .duplicateHost),
        Refusal(name: "lowercase version", text: "GET / http/1.1\r\nHost: a\r\n\r\n", reason: .invalidRequestLine),
        Refusal(name: "HTTP/2.0", text: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", reason: .unsupportedVersion),
        Refusal(name: "two spaces", text: "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidTarget),
        Refusal(name: "space in target", text: "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidTarget),
        Refusal(name: "bad method", text: "G(T / HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidMethod),
        Refusal(name: "relative target", text: "GET foo HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidTarget),
        Refusal(name: "asterisk for GET", text: "GET * HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidTarget),
        Refusal(name: "bad percent escape in path", text: "GET /a%zz HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidPercentEncoding),
        Refusal(name: "truncated escape in query", text: "GET /a?x=%4 HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidPercentEncoding),
        Refusal(name: "invalid UTF-8 in query", text: "GET /a?x=%FF%FE HTTP/1.1\r\nHost: a\r\n\r\n", reason: .invalidPercentEncoding),
        Refusal(name: "unknown expectation", text: "PUT / HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\nContent-Length: 1\r\n\r\nx", reason: .unsupportedExpectation),
    ]

    @Test(arguments: refusals)
    func refusesMalformedOrAmbiguousFramingAtEverySplitPoint(_ refusal: Refusal) {
        let (whole, mismatches) = parseAtEverySplit(refusal.text)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(whole.last == .error(refusal.reason), "\(whole)")
    }

    @Test func refusalStatusesMatchTheRFCs() {
        #expect(HTTPParseError(.contentLengthWithTransferEncoding).status == .badRequest)
        #expect(HTTPParseError(.unsupportedTransferCoding).status == .notImplemented)
        #expect(HTTPParseError(.requestLineTooLong).status == .uriTooLong)
        #expect(HTTPParseError(.headTooLarge).status == .requestHeaderFieldsTooLarge)
        #expect(HTTPParseError(.bodyTooLarge).status == .contentTooLarge)
        #expect(HTTPParseError(.unsupportedVersion).status == .httpVersionNotSupported)
        #expect(HTTPParseError(.unsupportedExpectation).status == .expectationFailed)
    }

    // MARK: - Limits

    @Test func refusesAHeadOverTheLimitWith431() {
        let limits = RequestParser.Limits(maxHeadBytes: 256)
        let text = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "b", count: 300) + "\r\n\r\n"
        #expect(parse(chunks: [Array(text.utf8)], limits: limits) == [.error(.headTooLarge)])
        // Still refused when the terminating CRLF never arrives.
        #expect(parse(chunks: [Array(text.utf8.prefix(280))], limits: limits) == [.error(.headTooLarge)])
    }

    @Test func refusesARequestLineOverTheLimitWith414() {
        let limits = RequestParser.Limits(maxHeadBytes: 256)
        let text = "GET /" + String(repeating: "a", count: 300) + " HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(parse(chunks: [Array(text.utf8)], limits: limits) == [.error(.requestLineTooLong)])
    }

    @Test func acceptsAHeadExactlyAtTheLimit() {
        let base = "GET / HTTP/1.1\r\nHost: a\r\nX: \r\n\r\n"
        let text = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "v", count: 256 - base.utf8.count) + "\r\n\r\n"
        #expect(text.utf8.count == 256)
        let items = parse(chunks: [Array(text.utf8)], limits: RequestParser.Limits(maxHeadBytes: 256))
        #expect(items.count == 1)
        if case .error = items.first { Issue.record("\(items)") }
    }

    @Test func refusesTooManyHeaderFields() {
        var text = "GET / HTTP/1.1\r\nHost: a\r\n"
        for index in 0..<10 { text += "X-\(index): v\r\n" }
        text += "\r\n"
        #expect(parse(chunks: [Array(text.utf8)], limits: RequestParser.Limits(maxHeaderCount: 5)) == [.error(.tooManyHeaders)])
    }

    @Test func refusesAContentLengthOverTheBodyLimitBeforeReadingIt() {
        let text = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1025\r\n\r\n"
        #expect(parse(chunks: [Array(text.utf8)], limits: RequestParser.Limits(maxBodyBytes: 1024)) == [.error(.bodyTooLarge)])
    }

    @Test func refusesChunkedBodiesOverTheLimitAcrossChunks() {
        var text = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        for _ in 0..<5 { text += "100\r\n" + String(repeating: "x", count: 256) + "\r\n" }
        text += "0\r\n\r\n"
        #expect(parse(chunks: [Array(text.utf8)], limits: RequestParser.Limits(maxBodyBytes: 1024)) == [.error(.bodyTooLarge)])
    }

    @Test func waitsForMoreInputWithoutConsumingAPartialHead() throws {
        var parser = RequestParser()
        let bytes = Array("GET / HTTP/1.1\r\nHost: a\r\n".utf8)
        let (consumed, event) = try bytes.withUnsafeBytes { buffer throws(HTTPParseError) in try parser.parse(buffer) }
        #expect(consumed == 0)
        #expect(event == nil)
        #expect(!parser.isIdle)
    }
}
