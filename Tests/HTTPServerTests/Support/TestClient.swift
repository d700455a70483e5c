import Foundation
import Glibc
@testable import HTTPServer

/// A blocking loopback HTTP client for tests, with receive and send timeouts so no test can
/// hang; its response reader is written apart from the server's code on purpose.
final class TestClient {
    let descriptor: Int32
    private var buffered: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Response: CustomStringConvertible {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        var description: String { "\(status) \(headers.map { "\($0.name): \($0.value)" }) \(text.prefix(80).debugDescription)" }
    }

    init(port: Int, host: String = "127.0.0.1", timeout: Duration = .seconds(5)) throws {
        let address = try SocketAddress(host: host, port: port)
        descriptor = socket(address.family, Int32(SOCK_STREAM.rawValue), 0)
        precondition(descriptor >= 0, "socket: errno \(errno)")
        var tv = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let result = address.withSockAddr { connect(descriptor, $0, $1) }
        // No close here: the object is fully initialized, so deinit closes the descriptor
        // even when init throws (closing it here too would close a reused descriptor).
        guard result == 0 else { throw Failure(description: "connect: errno \(errno)") }
    }

    deinit {
        Glibc.close(descriptor)
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "send: errno \(errno)")
            }
            offset += written
        }
    }

    /// Closes the sending side (the server sees end of input).
    func shutdownWrite() {
        Glibc.shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Resets the connection (RST) instead of closing it cleanly.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        Glibc.shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Reads more bytes; empty at end of input. Throws on timeout or reset.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress!, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: errno == EAGAIN ? "timed out waiting for the server" : "recv: errno \(errno)")
            }
            if count == 0 { return false }
            buffered += chunk[0..<count]
            return true
        }
    }

    private func readLine() throws -> String {
        for _ in 0..<100_000 {
            if let index = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffered[..<index]
                buffered.removeFirst(index + 1)
                return String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
            }
            guard try fill() else { throw Failure(description: "connection closed mid-line") }
        }
        throw Failure(description: "line too long")
    }

    private func readExactly(_ count: Int) throws -> [UInt8] {
        while buffered.count < count {
            guard try fill() else { throw Failure(description: "connection closed mid-body") }
        }
        let bytes = Array(buffered[..<count])
        buffered.removeFirst(count)
        return bytes
    }

    /// Reads one response; `head` suppresses the body as for a HEAD request. Interim 1xx
    /// responses are returned like any other.
    func readResponse(head: Bool = false) throws -> Response {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "HTTP/1.1", let status = Int(parts[1]) else {
            throw Failure(description: "bad status line \(statusLine.debugDescription)")
        }
        var headers: [(name: String, value: String)] = []
        for index in 0...1000 {
            let line = try readLine()
            if line.isEmpty { break }
            if index == 1000 { throw Failure(description: "too many header lines") }
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "bad header \(line)") }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var response = Response(status: status, headers: headers, body: [])
        if head || status < 200 || status == 204 || status == 304 { return response }
        if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            for _ in 0..<1_000_000 {
                let sizeLine = try readLine()
                guard let size = Int(sizeLine.split(separator: ";")[0], radix: 16) else { throw Failure(description: "bad chunk \(sizeLine)") }
                if size == 0 {
                    for _ in 0..<1000 {
                        if try readLine().isEmpty { break }
                    }
                    break
                }
                response.body += try readExactly(size)
                _ = try readExactly(2)
            }
        } else if let length = response.header("Content-Length").flatMap({ Int($0) }) {
            response.body = try readExactly(length)
        } else {
            // Until close; bounded by the receive timeout per read and 100,000 reads.
            for _ in 0..<100_000 {
                if try !fill() { break }
            }
            response.body = buffered
            buffered = []
        }
        return response
    }

    /// Sends a request and reads its response.
    func request(_ text: String, head: Bool = false) throws -> Response {
        try send(text)
        return try readResponse(head: head)
    }

    /// Whether the server closed the connection: end of input or a reset, within the timeout.
    func waitForClose() -> Bool {
        // Bounded: each read waits at most the receive timeout, and at most 10,000 reads.
        for _ in 0..<10_000 {
            do {
                if try !fill() { return true }
            } catch let failure as Failure {
                return !failure.description.contains("timed out")
            } catch {
                return true
            }
        }
        return false
    }
}

/// Polls `condition` every millisecond on a blocking thread, for at most `limit`.
func waitUntil(within limit: Duration = .seconds(3), _ condition: () -> Bool) throws {
    let deadline = ContinuousClock.now + limit
    while !condition() {
        guard ContinuousClock.now < deadline else { throw TestClient.Failure(description: "condition not met within \(limit)") }
        usleep(1_000)
    }
}

/// Runs blocking test code on its own thread so it never ties up the concurrency pool.
func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try body() })
        }
    }
}

/// Polls `condition` every 5 ms for at most `limit`.
func eventually(within limit: Duration = .seconds(3), _ condition: @Sendable () -> Bool) async -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + limit
    while clock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}
