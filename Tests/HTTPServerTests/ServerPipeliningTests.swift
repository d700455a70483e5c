import HTTPServer
import Testing

/// Pipelined and reused connections: every response in request order.
@Suite struct ServerPipeliningTests {
    @Test func answersPipelinedRequestsInOrder() async throws {
        try await withServer { port, _ in
            let texts = try await blocking {
                let client = try TestClient(port: port)
                var batch = ""
                for index in 0..<10 {
                    batch += "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(String(index).utf8.count)\r\n\r\n\(index)"
                }
                try client.send(batch)
                return try (0..<10).map { _ in try client.readResponse().text }
            }
            #expect(texts == (0..<10).map(String.init))
        }
    }

    @Test func keepsOrderWhenALaterResponseIsReadyFirst() async throws {
        try await withServer { port, _ in
            let texts = try await blocking {
                let client = try TestClient(port: port)
                try client.send(
                    "GET /later?ms=150 HTTP/1.1\r\nHost: t\r\n\r\n"
                        + "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"
                        + "GET /later?ms=20 HTTP/1.1\r\nHost: t\r\n\r\n"
                        + "GET /stream?chunks=2&size=3 HTTP/1.1\r\nHost: t\r\n\r\n"
                        + "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"
                )
                return try (0..<5).map { _ in try client.readResponse().text }
            }
            #expect(texts == ["later 150", "Hello, World!", "later 20", "aaabbb", "Hello, World!"])
        }
    }

    @Test func reusesOneConnectionForAThousandRequests() async throws {
        try await withServer { port, server in
            let (count, open) = try await blocking {
                let client = try TestClient(port: port)
                var ok = 0
                for _ in 0..<1000 where try client.request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n").status == 200 {
                    ok += 1
                }
                return (ok, server.openConnectionCount)
            }
            #expect(count == 1000)
            #expect(open == 1)
        }
    }

    @Test func stopsReadingAheadAtThePipelineLimitAndResumes() async throws {
        try await withServer({ $0.maxPipelinedRequests = 2 }) { port, _ in
            let texts = try await blocking {
                let client = try TestClient(port: port)
                var batch = ""
                for _ in 0..<6 { batch += "GET /later?ms=10 HTTP/1.1\r\nHost: t\r\n\r\n" }
                try client.send(batch)
                return try (0..<6).map { _ in try client.readResponse().text }
            }
            #expect(texts == Array(repeating: "later 10", count: 6))
        }
    }
}
