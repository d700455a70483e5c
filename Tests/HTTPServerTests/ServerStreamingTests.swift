import Glibc
import HTTPServer
import Testing

/// Streamed responses: chunked framing and backpressure against a slow reader.
@Suite struct ServerStreamingTests {
    @Test func streamsAChunkedBody() async throws {
        try await withServer { port, _ in
            let response = try await blocking {
                try TestClient(port: port).request("GET /stream?chunks=3&size=5 HTTP/1.1\r\nHost: t\r\n\r\n")
            }
            #expect(response.header("Transfer-Encoding") == "chunked")
            #expect(response.header("Content-Length") == nil)
            #expect(response.text == "aaaaabbbbbccccc")
        }
    }

    @Test func pausesTheProducerForASlowReaderAndDeliversEverything() async throws {
        let probe = Probe()
        try await withServer(probe: probe) { port, _ in
            let (body, pausedBeforeReading) = try await blocking {
                let client = try TestClient(port: port)
                // 8 MiB in 16 KiB chunks: more than the high watermark plus kernel buffers.
                try client.send("GET /stream?chunks=512&size=16384&tag=slow HTTP/1.1\r\nHost: t\r\n\r\n")
                var paused = false
                for _ in 0..<400 where !paused {
                    paused = probe.contains("paused slow")
                    usleep(5_000)
                }
                let response = try client.readResponse()
                return (response.body, paused)
            }
            #expect(pausedBeforeReading, "the producer never saw backpressure")
            #expect(body.count == 512 * 16384)
            let expected = (0..<512).allSatisfy { index in body[index * 16384] == UInt8(ascii: "a") + UInt8(index % 26) }
            #expect(expected)
            #expect(probe.contains("finished slow"))
        }
    }
}
