import HTTPServer
import Testing

/// Requests over real loopback sockets: methods, framing of responses, persistence.
@Suite struct ServerBasicsTests {
    @Test func answersGetWithLengthDateAndType() async throws {
        try await withServer { port, _ in
            let response = try await blocking {
                try TestClient(port: port).request("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n")
            }
            #expect(response.status == 200)
            #expect(response.text == "Hello, World!")
            #expect(response.header("Content-Length") == "13")
            #expect(response.header("Content-Type") == "text/plain")
            #expect(response.header("Date")?.hasSuffix(" GMT") == true)
            #expect(response.header("Connection") == nil)
        }
    }

    @Test func listensOnIPv6Loopback() async throws {
        try await withServer(host: "::1") { port, _ in
            let response = try await blocking {
                try TestClient(port: port, host: "::1").request("GET /hello HTTP/1.1\r\nHost: [::1]\r\n\r\n")
            }
            #expect(response.status == 200)
        }
    }

    @Test func answersHeadWithTheGetLengthAndNoBody() async throws {
        try await withServer { port, _ in
            let (head, next) = try await blocking {
                let client = try TestClient(port: port)
                let head = try client.request("HEAD /hello HTTP/1.1\r\nHost: test\r\n\r\n", head: true)
                // The next response on the connection proves no body bytes followed the head.
                let next = try client.request("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n")
                return (head, next)
            }
            #expect(head.status == 200)
            #expect(head.header("Content-Length") == "13")
            #expect(next.text == "Hello, World!")
        }
    }

    @Test func answers404And405WithAllow() async throws {
        try await withServer { port, _ in
            let (missing, wrongMethod, options) = try await blocking {
                let client = try TestClient(port: port)
                return (
                    try client.request("GET /missing HTTP/1.1\r\nHost: t\r\n\r\n"),
                    try client.request("DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n"),
                    try client.request("OPTIONS /echo HTTP/1.1\r\nHost: t\r\n\r\n")
                )
            }
            #expect(missing.status == 404)
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.header("Allow") == "GET, HEAD, OPTIONS")
            #expect(options.status == 204)
            #expect(options.header("Allow") == "OPTIONS, POST")
        }
    }

    @Test func echoesContentLengthAndChunkedBodies() async throws {
        try await withServer { port, _ in
            let (fixed, chunked) = try await blocking {
                let client = try TestClient(port: port)
                return (
                    try client.request("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\nhello world"),
                    try client.request("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;ext=1\r\n \r\n5\r\nworld\r\n0\r\nX-Sum: 11\r\n\r\n")
                )
            }
            #expect(fixed.text == "hello world")
            #expect(chunked.text == "hello world")
            #expect(chunked.header("X-Trailers") == "X-Sum=11")
        }
    }

    @Test func sends100ContinueBeforeReadingTheBody() async throws {
        try await withServer { port, _ in
            let (interim, final) = try await blocking {
                let client = try TestClient(port: port)
                try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
                let interim = try client.readResponse()
                try client.send("data")
                return (interim, try client.readResponse())
            }
            #expect(interim.status == 100)
            #expect(final.status == 200)
            #expect(final.text == "data")
        }
    }

    @Test func closesAfterConnectionClose() async throws {
        try await withServer { port, _ in
            let (response, closed) = try await blocking {
                let client = try TestClient(port: port)
                let response = try client.request("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                return (response, client.waitForClose())
            }
            #expect(response.header("Connection") == "close")
            #expect(closed)
        }
    }

    @Test func http10ClosesByDefaultAndKeepsAliveWhenAsked() async throws {
        try await withServer { port, _ in
            let (plain, plainClosed, kept, second) = try await blocking {
                let first = try TestClient(port: port)
                let plain = try first.request("GET /hello HTTP/1.0\r\n\r\n")
                let closed = first.waitForClose()
                let client = try TestClient(port: port)
                let kept = try client.request("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                let second = try client.request("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                return (plain, closed, kept, second)
            }
            #expect(plain.status == 200)
            #expect(plainClosed)
            #expect(kept.header("Connection") == "keep-alive")
            #expect(second.text == "Hello, World!")
        }
    }

    @Test func streamsHTTP10ResponsesUntilClose() async throws {
        try await withServer { port, _ in
            let response = try await blocking {
                try TestClient(port: port).request("GET /stream?chunks=3&size=4 HTTP/1.0\r\n\r\n")
            }
            #expect(response.header("Transfer-Encoding") == nil)
            #expect(response.text == "aaaabbbbcccc")
        }
    }

    @Test func answersAbsoluteFormAndDecodesQueries() async throws {
        try await withServer { port, _ in
            let (absolute, query, invalid) = try await blocking {
                let client = try TestClient(port: port)
                return (
                    try client.request("GET http://example.org/hello HTTP/1.1\r\nHost: example.org\r\n\r\n"),
                    try client.request("GET /query?name=J%C3%BCrgen+M&empty= HTTP/1.1\r\nHost: t\r\n\r\n"),
                    try TestClient(port: port).request("GET /query?x=%C3%28 HTTP/1.1\r\nHost: t\r\n\r\n")
                )
            }
            #expect(absolute.text == "Hello, World!")
            #expect(query.text == "name=Jürgen M\nempty=")
            #expect(invalid.status == 400)
        }
    }

    @Test func sendsNoBodyOrLengthWith204() async throws {
        try await withServer { port, _ in
            let (empty, next) = try await blocking {
                let client = try TestClient(port: port)
                return (try client.request("GET /no-content HTTP/1.1\r\nHost: t\r\n\r\n"),
                        try client.request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"))
            }
            #expect(empty.status == 204)
            #expect(empty.header("Content-Length") == nil)
            #expect(next.status == 200)
        }
    }

    @Test func answersFromAnotherThread() async throws {
        try await withServer { port, _ in
            let response = try await blocking {
                try TestClient(port: port).request("GET /thread HTTP/1.1\r\nHost: t\r\n\r\n")
            }
            #expect(response.text == "from another thread")
        }
    }

    @Test func answersCORSPreflightsAndTagsResponses() async throws {
        let configure: (inout HTTPServerConfiguration) -> Void = {
            $0.cors = CORSPolicy(allowedOrigins: .list(["https://app.example"]), maxAgeSeconds: 300)
        }
        try await withServer(configure) { port, _ in
            let (allowed, refused, actual) = try await blocking {
                let client = try TestClient(port: port)
                let preflight = "OPTIONS /echo HTTP/1.1\r\nHost: t\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n"
                return (
                    try client.request(preflight + "Origin: https://app.example\r\n\r\n"),
                    try client.request(preflight + "Origin: https://evil.example\r\n\r\n"),
                    try client.request("GET /hello HTTP/1.1\r\nHost: t\r\nOrigin: https://app.example\r\n\r\n")
                )
            }
            #expect(allowed.status == 204)
            #expect(allowed.header("Access-Control-Allow-Origin") == "https://app.example")
            #expect(allowed.header("Access-Control-Allow-Methods") == "GET, POST, OPTIONS")
            #expect(allowed.header("Access-Control-Allow-Headers") == "content-type")
            #expect(allowed.header("Access-Control-Max-Age") == "300")
            #expect(allowed.header("Vary") == "Origin, Access-Control-Request-Headers")
            #expect(allowed.headers.filter { $0.name.lowercased() == "vary" || $0.name.lowercased() == "access-control-allow-origin" }.count == 2)
            #expect(refused.header("Access-Control-Allow-Origin") == nil)
            #expect(actual.header("Access-Control-Allow-Origin") == "https://app.example")
            #expect(actual.header("Vary") == "Origin")
        }
    }

    @Test func corsPreflightEchoesTheRequestedHeaders() async throws {
        try await withServer({ $0.cors = CORSPolicy(allowedOrigins: .any) }) { port, _ in
            let (custom, malformed, fixed) = try await blocking {
                let client = try TestClient(port: port)
                let preflight = "OPTIONS /graphql HTTP/1.1\r\nHost: t\r\nOrigin: https://app.example\r\nAccess-Control-Request-Method: POST\r\n"
                return (
                    try client.request(preflight + "Access-Control-Request-Headers: content-type,apollographql-client-name , x-request-id,authorization\r\n\r\n"),
                    try client.request(preflight + "Access-Control-Request-Headers: x-a, x(b)\r\n\r\n"),
                    try client.request(preflight + "\r\n")
                )
            }
            #expect(custom.status == 204)
            // Each CORS field once: a browser refuses an answer with two Access-Control-Allow-Origin.
            for name in ["access-control-allow-origin", "access-control-allow-headers", "vary"] {
                #expect(custom.headers.filter { $0.name.lowercased() == name }.count == 1, "\(name): \(custom)")
            }
            #expect(custom.header("Access-Control-Allow-Headers") == "content-type, apollographql-client-name, x-request-id, authorization")
            #expect(custom.header("Vary") == "Origin, Access-Control-Request-Headers")
            // Something that is not a list of field names is not repeated.
            #expect(malformed.header("Access-Control-Allow-Headers") == nil)
            #expect(malformed.header("Access-Control-Allow-Origin") == "*")
            #expect(fixed.header("Access-Control-Allow-Headers") == nil)
        }
    }

    @Test func corsPreflightCanAllowAFixedListOfHeaders() async throws {
        try await withServer({ $0.cors = CORSPolicy(allowedOrigins: .any, allowedHeaders: .list(["Content-Type"])) }) { port, _ in
            let response = try await blocking {
                try TestClient(port: port).request(
                    "OPTIONS /graphql HTTP/1.1\r\nHost: t\r\nOrigin: https://a.example\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: x-request-id\r\n\r\n")
            }
            #expect(response.header("Access-Control-Allow-Headers") == "Content-Type")
            #expect(response.header("Vary") == "Origin")
        }
    }
}
