import Glibc
import HTTPServer
import Testing

/// Many connections at once, and slow handlers that must not hold up anyone else.
@Suite struct ServerConcurrencyTests {
    @Test func answersFiveHundredConcurrentConnections() async throws {
        try await withServer(loops: 2) { port, server in
            let statuses = try await blocking {
                // All 500 are open at once, each with a request sent, before any is read.
                let clients = try (0..<500).map { _ in try TestClient(port: port) }
                for client in clients { try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n") }
                return try clients.map { try $0.readResponse().status }
            }
            #expect(statuses.count == 500)
            #expect(statuses.allSatisfy { $0 == 200 })
            #expect(await eventually { server.openConnectionCount == 0 })
        }
    }

    @Test func servesOtherConnectionsWhileAHandlerWaitsOnATimer() async throws {
        try await withServer { port, _ in
            let (slowText, fastCount, fastFinishedFirst) = try await blocking {
                let slow = try TestClient(port: port)
                try slow.send("GET /later?ms=1000 HTTP/1.1\r\nHost: t\r\n\r\n")
                let start = ContinuousClock.now
                let fast = try TestClient(port: port)
                var count = 0
                for _ in 0..<50 where try fast.request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n").status == 200 {
                    count += 1
                }
                let fastDone = ContinuousClock.now - start
                let slowText = try slow.readResponse().text
                return (slowText, count, fastDone < .milliseconds(1000))
            }
            #expect(slowText == "later 1000")
            #expect(fastCount == 50)
            #expect(fastFinishedFirst, "the fast connection waited for the slow handler")
        }
    }

    @Test func spreadsConnectionsAcrossLoopsWithReusePort() async throws {
        let probe = Probe()
        var router = HTTPRouter()
        router.add(.get, "/loop") { _, responder in
            probe.record("loop \(responder.eventLoop.index)")
            responder.respond(.text("\(responder.eventLoop.index)"))
        }
        try await withServer(loops: 2, handler: router) { port, server in
            #expect(server.eventLoops.map(\.index) == [0, 1])
            _ = try await blocking {
                for _ in 0..<64 {
                    _ = try TestClient(port: port).request("GET /loop HTTP/1.1\r\nHost: t\r\n\r\n")
                }
            }
            // The kernel hashes connections over both listeners; 64 all landing on one loop
            // would happen with probability 2^-63.
            #expect(probe.contains("loop 0") && probe.contains("loop 1"), "\(Set(probe.all))")
        }
    }
}
