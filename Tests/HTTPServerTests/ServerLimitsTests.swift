import Glibc
import HTTPServer
import Testing

/// Each limit over a socket, with the status the client is told.
@Suite struct ServerLimitsTests {
    @Test func refusesAnOversizedHeadWith431() async throws {
        try await withServer({ $0.maxHeadBytes = 1024 }) { port, _ in
            let (response, closed) = try await blocking {
                let client = try TestClient(port: port)
                let response = try client.request("GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: \(String(repeating: "x", count: 2000))\r\n\r\n")
                return (response, client.waitForClose())
            }
            #expect(response.status == 431)
            #expect(closed)
        }
    }

    @Test func refusesAnOversizedRequestLineWith414() async throws {
        try await withServer({ $0.maxHeadBytes = 1024 }) { port, _ in
            let response = try await blocking {
                try TestClient(port: port).request("GET /\(String(repeating: "a", count: 2000)) HTTP/1.1\r\nHost: t\r\n\r\n")
            }
            #expect(response.status == 414)
        }
    }

    @Test func refusesAnOversizedBodyWith413BeforeReadingIt() async throws {
        try await withServer({ $0.maxBodyBytes = 1000 }) { port, _ in
            let (announced, chunked) = try await blocking {
                // The client sends the whole body anyway; lingering lets it read the 413.
                let announced = try TestClient(port: port).request(
                    "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n" + String(repeating: "z", count: 5000))
                let chunked = try TestClient(port: port).request(
                    "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n" + String(repeating: "z", count: 1024) + "\r\n0\r\n\r\n")
                return (announced, chunked)
            }
            #expect(announced.status == 413)
            #expect(chunked.status == 413)
        }
    }

    @Test func acceptsABodyAtTheLimit() async throws {
        try await withServer({ $0.maxBodyBytes = 1000 }) { port, _ in
            let response = try await blocking {
                try TestClient(port: port).request("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\n" + String(repeating: "z", count: 1000))
            }
            #expect(response.status == 200)
            #expect(response.body.count == 1000)
        }
    }

    @Test func answersSlowlorisWith408AndCloses() async throws {
        try await withServer({ $0.headerTimeout = .milliseconds(300) }) { port, _ in
            let (response, elapsed) = try await blocking {
                let client = try TestClient(port: port)
                let start = ContinuousClock.now
                // One header byte every 50 ms: it would take seconds to finish the head.
                var response: TestClient.Response?
                for byte in "GET /hello HTTP/1.1\r\nHost: t\r\nX-Slow: abcdefghijklmnopqrstuvwxyz\r\n\r\n".utf8 {
                    do {
                        try client.send([byte])
                    } catch {
                        break
                    }
                    usleep(50_000)
                    if ContinuousClock.now - start > .milliseconds(600) { break }
                }
                response = try client.readResponse()
                return (response, ContinuousClock.now - start)
            }
            #expect(response?.status == 408)
            #expect(elapsed < .seconds(2))
        }
    }

    @Test func answersASlowBodyWith408() async throws {
        try await withServer({ $0.bodyTimeout = .milliseconds(300) }) { port, _ in
            let response = try await blocking {
                let client = try TestClient(port: port)
                try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nonly part")
                return try client.readResponse()
            }
            #expect(response.status == 408)
        }
    }

    @Test func closesIdleKeepAliveConnections() async throws {
        try await withServer({ $0.idleTimeout = .milliseconds(200) }) { port, server in
            let (response, closed) = try await blocking {
                let client = try TestClient(port: port)
                let response = try client.request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
                return (response, client.waitForClose())
            }
            #expect(response.status == 200)
            #expect(closed)
            #expect(await eventually { server.openConnectionCount == 0 })
        }
    }

    @Test func refusesConnectionsBeyondTheLimitWith503() async throws {
        try await withServer({ $0.maxConnections = 3 }) { port, server in
            let (held, refused, afterwards) = try await blocking {
                let held = try (0..<3).map { _ in try TestClient(port: port) }
                for client in held { _ = try client.request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n") }
                let extra = try TestClient(port: port)
                let refused = try extra.readResponse()
                // Closing one makes room again.
                held[0].reset()
                usleep(50_000)
                let afterwards = try TestClient(port: port).request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
                return (held.count, refused, afterwards)
            }
            #expect(held == 3)
            #expect(refused.status == 503)
            #expect(afterwards.status == 200)
            #expect(await eventually { server.openConnectionCount <= 3 })
        }
    }
}

/// Limits on the way out: a client that stops reading, and the process's signals.
@Suite struct ServerWriteSideTests {
    @Test func closesAConnectionWhoseClientStopsReading() async throws {
        let probe = Probe()
        try await withServer({ $0.writeTimeout = .milliseconds(200) }, probe: probe) { port, server in
            let client = try await blocking {
                let client = try TestClient(port: port)
                // 64 MiB that is never read: the kernel buffers fill, then nothing moves.
                try client.send("GET /stream?chunks=4096&size=16384&tag=unread HTTP/1.1\r\nHost: t\r\n\r\n")
                try waitUntil { probe.contains("paused unread") }
                return client
            }
            #expect(await eventually { server.openConnectionCount == 0 })
            #expect(!probe.contains("finished unread"))
            _ = client
        }
    }

    @Test func shutsDownGracefullyOnASignal() async throws {
        let probe = Probe()
        let configuration = testConfiguration(loops: 1)
        let server = HTTPServer(configuration: configuration, handler: testRouter(probe))
        let port = try server.start().port
        // SIGUSR2 rather than SIGTERM, so the test process's own termination is untouched.
        try server.shutdownOnSignals([SIGUSR2], timeout: .seconds(2))
        let response = try await blocking {
            let client = try TestClient(port: port)
            try client.send("GET /gate?tag=signal HTTP/1.1\r\nHost: t\r\n\r\n")
            try waitUntil { probe.contains("started signal") }
            kill(getpid(), SIGUSR2)
            try waitUntil { (try? TestClient(port: port)) == nil }
            probe.record("release signal")
            let response = try client.readResponse()
            server.wait()
            return response
        }
        #expect(response.text == "released signal")
        #expect(response.header("Connection") == "close")
        #expect(server.openConnectionCount == 0)
    }
}
