import Foundation
import HTTPServer
import Synchronization

/// Things handlers saw, for tests to check from outside the loop.
final class Probe: Sendable {
    private let events = Mutex<[String]>([])

    func record(_ event: String) {
        events.withLock { $0.append(event) }
    }

    var all: [String] { events.withLock { $0 } }

    func contains(_ event: String) -> Bool {
        events.withLock { $0.contains(event) }
    }
}

/// The routes the server tests exercise.
func testRouter(_ probe: Probe) -> HTTPRouter {
    var router = HTTPRouter()
    router.add(.get, "/hello") { _, responder in
        responder.respond(HTTPResponse(contentType: "text/plain", body: Array("Hello, World!".utf8)))
    }
    router.add(.post, "/echo") { request, responder in
        var response = HTTPResponse(contentType: "application/octet-stream", body: request.body)
        response.headers.add(name: "X-Trailers", value: request.trailers.map { "\($0.name)=\($0.value)" }.joined(separator: ","))
        responder.respond(response)
    }
    router.add(.get, "/query") { request, responder in
        responder.respond(.text(request.queryItems.map { "\($0.name)=\($0.value)" }.joined(separator: "\n")))
    }
    router.add(.get, "/later") { request, responder in
        let delay = Int(request.queryValue("ms") ?? "") ?? 100
        responder.eventLoop.schedule(after: .milliseconds(delay)) {
            responder.respond(.text("later \(delay)"))
        }
    }
    router.add(.get, "/thread") { _, responder in
        Thread.detachNewThread {
            usleep(20_000)
            responder.respond(.text("from another thread"))
        }
    }
    router.add(.get, "/hang") { request, responder in
        let tag = request.queryValue("tag") ?? "hang"
        probe.record("started \(tag)")
        responder.onCancel { probe.record("cancelled \(tag)") }
    }
    router.add(.get, "/gate") { request, responder in
        // Answers once the test records "release <tag>", checking every 5 ms on the loop.
        let tag = request.queryValue("tag") ?? "gate"
        probe.record("started \(tag)")
        func check() {
            if probe.contains("release \(tag)") {
                responder.respond(.text("released \(tag)"))
            } else {
                responder.eventLoop.schedule(after: .milliseconds(5), check)
            }
        }
        check()
    }
    router.add(.get, "/no-content") { _, responder in
        responder.respond(HTTPResponse(status: .noContent))
    }
    router.add(.get, "/stream") { request, responder in
        let chunks = Int(request.queryValue("chunks") ?? "") ?? 4
        let size = Int(request.queryValue("size") ?? "") ?? 16
        let tag = request.queryValue("tag") ?? "stream"
        let stream = responder.startStreaming(headers: ["Content-Type": "application/octet-stream"])
        StreamProducer(stream: stream, chunks: chunks, size: size, tag: tag, probe: probe).run()
    }
    return router
}

/// Writes `chunks` chunks of `size` bytes, pausing whenever the stream reports backpressure.
final class StreamProducer {
    let stream: HTTPBodyStream
    let chunks: Int
    let size: Int
    let tag: String
    let probe: Probe
    var written = 0

    init(stream: HTTPBodyStream, chunks: Int, size: Int, tag: String, probe: Probe) {
        self.stream = stream
        self.chunks = chunks
        self.size = size
        self.tag = tag
        self.probe = probe
    }

    func run() {
        while written < chunks {
            if stream.isCancelled {
                probe.record("cancelled \(tag)")
                return
            }
            let byte = UInt8(ascii: "a") + UInt8(written % 26)
            written += 1
            if !stream.write([UInt8](repeating: byte, count: size)) {
                probe.record("paused \(tag)")
                stream.onWritable { self.run() }
                return
            }
        }
        stream.finish()
        probe.record("finished \(tag)")
    }
}

/// A configuration for tests: a free loopback port, `loops` loops, no access log.
func testConfiguration(loops: Int = 1) -> HTTPServerConfiguration {
    var configuration = HTTPServerConfiguration()
    configuration.port = 0
    configuration.eventLoopCount = loops
    configuration.accessLog = false
    return configuration
}

/// Runs `body` against a fresh server on a free loopback port, then shuts it down.
func withServer(
    loops: Int = 1,
    host: String = "127.0.0.1",
    _ configure: (inout HTTPServerConfiguration) -> Void = { _ in },
    handler: (any HTTPHandler)? = nil,
    probe: Probe = Probe(),
    _ body: (Int, HTTPServer) async throws -> Void
) async throws {
    var configuration = testConfiguration(loops: loops)
    configuration.host = host
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, handler: handler ?? testRouter(probe))
    let address = try server.start()
    do {
        try await body(address.port, server)
    } catch {
        await server.shutdown(timeout: .milliseconds(200))
        throw error
    }
    await server.shutdown(timeout: .milliseconds(200))
}
