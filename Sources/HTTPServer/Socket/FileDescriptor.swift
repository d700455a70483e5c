import Glibc

/// A raw descriptor number with the few non-blocking operations the server needs.
///
/// A plain value, not an owner: whoever created the descriptor closes it, exactly once, with
/// ``close()``. Keeping it a value keeps it free of reference counting on the hot path.
struct FileDescriptor: Hashable, Sendable, CustomStringConvertible {
    let rawValue: Int32

    init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    var description: String { "fd \(rawValue)" }

    /// Reads at most `count` bytes into `buffer`; `.processed(0)` means end of input.
    @inline(__always)
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(IOError) -> IOResult<Int> {
        try SystemCall.nonBlocking("read") { Glibc.read(rawValue, buffer, count) }
    }

    /// Writes at most `count` bytes from `buffer`, returning how many the kernel took.
    @inline(__always)
    func write(_ buffer: UnsafeRawPointer, count: Int) throws(IOError) -> IOResult<Int> {
        try SystemCall.nonBlocking("write") { Glibc.write(rawValue, buffer, count) }
    }

    /// Releases the descriptor; see ``SystemCall/close(_:)`` for why this never retries.
    func close() {
        SystemCall.close(rawValue)
    }

    /// Switches the descriptor to non-blocking mode, as every descriptor on an event loop must be.
    func setNonBlocking() throws(IOError) {
        let flags = try SystemCall.blocking("fcntl(F_GETFL)") { fcntl(rawValue, F_GETFL) }
        _ = try SystemCall.blocking("fcntl(F_SETFL)") { fcntl(rawValue, F_SETFL, flags | O_NONBLOCK) }
    }
}
