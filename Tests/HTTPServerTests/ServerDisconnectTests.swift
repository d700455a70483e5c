import Glibc
import HTTPServer
import Testing

/// Clients that vanish mid-request or mid-response: the server notices, tells the handler,
/// frees the connection and keeps serving.
@Suite struct ServerDisconnectTests {
    @Test func forgetsAClientThatLeavesMidRequest() async throws {
        try await withServer { port, server in
            try await blocking {
                let head = try TestClient(port: port)
                try head.send("GET /hello HTTP/1.1\r\nHost: t\r\nX-Partial: ")
                let body = try TestClient(port: port)
                try body.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nhalf")
                usleep(20_000)
                head.reset()
                body.shutdownWrite()
            }
            #expect(await eventually { server.openConnectionCount == 0 })
            let response = try await blocking { try TestClient(port: port).request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n") }
            #expect(response.status == 200)
        }
    }

    @Test func cancelsAPendingHandlerWhenTheClientLeaves() async throws {
        let probe = Probe()
        try await withServer(probe: probe) { port, server in
            try await blocking {
                let client = try TestClient(port: port)
                try client.send("GET /hang?tag=a HTTP/1.1\r\nHost: t\r\n\r\n")
                try waitUntil { probe.contains("started a") }
                client.shutdownWrite()
            }
            #expect(await eventually { probe.contains("cancelled a") })
            #expect(await eventually { server.openConnectionCount == 0 })
        }
    }

    @Test func stopsStreamingToAClientThatResetsMidResponse() async throws {
        let probe = Probe()
        try await withServer(probe: probe) { port, server in
            try await blocking {
                let client = try TestClient(port: port)
                // 64 MiB: far more than socket buffers hold, so the producer must pause.
                try client.send("GET /stream?chunks=4096&size=16384&tag=big HTTP/1.1\r\nHost: t\r\n\r\n")
                try waitUntil { probe.contains("paused big") }
                client.reset()
            }
            #expect(await eventually { server.openConnectionCount == 0 })
            #expect(!probe.contains("finished big"))
            let response = try await blocking { try TestClient(port: port).request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n") }
            #expect(response.status == 200)
        }
    }
}
