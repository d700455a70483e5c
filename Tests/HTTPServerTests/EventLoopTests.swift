import Foundation
import Glibc
import HTTPServer
import Synchronization
import Testing

/// The loop API the GraphQL handler builds on: tasks from any thread, timers, fd watches.
@Suite struct EventLoopTests {
    /// Runs `body` on the first loop of a fresh server and returns what it reports.
    private func onLoop<T: Sendable>(_ body: @escaping @Sendable (EventLoop, @escaping @Sendable (T) -> Void) -> Void) async throws -> T {
        let configuration = testConfiguration(loops: 1)
        let server = HTTPServer(configuration: configuration, handler: HTTPRouter())
        try server.start()
        let loop = server.eventLoops[0]
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
            loop.execute { body(loop, { continuation.resume(returning: $0) }) }
        }
        await server.shutdown(timeout: .milliseconds(100))
        return result
    }

    @Test func runsTasksOnTheLoopThreadInOrder() async throws {
        let order = Mutex<[Int]>([])
        let (inLoop, current, index) = try await onLoop { (loop, done: @escaping @Sendable ((Bool, Int?, Int)) -> Void) in
            for value in 0..<5 { loop.execute { order.withLock { $0.append(value) } } }
            loop.execute { done((loop.inEventLoop, EventLoop.current?.index, loop.index)) }
        }
        #expect(inLoop)
        #expect(current == 0)
        #expect(index == 0)
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4])
    }

    @Test func isNotInTheLoopElsewhere() async throws {
        let configuration = testConfiguration(loops: 1)
        let server = HTTPServer(configuration: configuration, handler: HTTPRouter())
        try server.start()
        #expect(!server.eventLoops[0].inEventLoop)
        #expect(EventLoop.current == nil)
        await server.shutdown(timeout: .milliseconds(100))
    }

    @Test func firesTimersInDeadlineOrderAndSkipsCancelledOnes() async throws {
        let fired = try await onLoop { (loop, done: @escaping @Sendable ([String]) -> Void) in
            nonisolated(unsafe) var log: [String] = []
            loop.schedule(after: .milliseconds(30)) { log.append("30") }
            let cancelled = loop.schedule(after: .milliseconds(10)) { log.append("cancelled") }
            loop.schedule(after: .milliseconds(5)) { log.append("5") }
            loop.schedule(after: .milliseconds(20)) { log.append("20") }
            cancelled.cancel()
            if cancelled.isPending { log.append("still pending") }
            loop.schedule(after: .milliseconds(50)) { done(log) }
        }
        #expect(fired == ["5", "20", "30"])
    }

    @Test func watchesADescriptorUntilCancelled() async throws {
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        let (reader, writer) = (pipeEnds[0], pipeEnds[1])
        _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) | O_NONBLOCK)
        defer {
            close(reader)
            close(writer)
        }
        let received = try await onLoop { (loop, done: @escaping @Sendable ([UInt8]) -> Void) in
            nonisolated(unsafe) var bytes: [UInt8] = []
            nonisolated(unsafe) var watch: EventLoop.Watch?
            watch = try? loop.watch(fileDescriptor: reader, interest: .readable) { readiness in
                guard readiness.contains(.readable) else { return }
                var byte: UInt8 = 0
                while read(reader, &byte, 1) == 1 { bytes.append(byte) }
                if bytes.count >= 3 {
                    watch?.cancel()
                    done(watch?.isActive == false ? bytes : [])
                }
            }
            // Written from another thread, one byte at a time.
            let writerEnd = writer
            Thread.detachNewThread {
                for byte: UInt8 in [1, 2, 3] {
                    var value = byte
                    _ = write(writerEnd, &value, 1)
                    usleep(5_000)
                }
            }
        }
        #expect(received == [1, 2, 3])
    }

    @Test func keepsPerLoopStateFromTheStartHook() async throws {
        let names = EventLoopLocal<String>(count: 2)
        let configuration = testConfiguration(loops: 2)
        var router = HTTPRouter()
        router.add(.get, "/state") { _, responder in
            responder.respond(.text(names.value(on: responder.eventLoop) ?? "missing"))
        }
        let server = HTTPServer(configuration: configuration, handler: router)
        let port = try server.start { loop in names.set("pool-\(loop.index)", on: loop) }.port
        let texts = try await blocking {
            try (0..<16).map { _ in try TestClient(port: port).request("GET /state HTTP/1.1\r\nHost: t\r\n\r\n").text }
        }
        await server.shutdown(timeout: .milliseconds(100))
        #expect(texts.allSatisfy { $0 == "pool-0" || $0 == "pool-1" })
    }
}

