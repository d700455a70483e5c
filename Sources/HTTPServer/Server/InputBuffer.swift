/// A connection's read buffer: one array reused for every read, consumed from the front.
///
/// Bytes are parsed where they were read; unconsumed bytes move to the front only when the
/// free tail is too short for the next read.
struct InputBuffer {
    private var storage: [UInt8] = []
    private var start = 0
    private var end = 0
    /// The most the buffer may hold; past it, reading pauses until the parser consumes.
    let capacityLimit: Int

    init(capacityLimit: Int) {
        self.capacityLimit = capacityLimit
    }

    var isEmpty: Bool { start == end }
    var count: Int { end - start }

    /// Makes room for a read; `false` when the buffer is full of unconsumed bytes.
    mutating func prepareForRead(minimum: Int = 4096) -> Bool {
        if storage.count - end >= minimum { return true }
        if start > 0 {
            storage.withUnsafeMutableBytes { bytes in
                let base = bytes.baseAddress!
                base.copyMemory(from: base + start, byteCount: end - start)
            }
            end -= start
            start = 0
            if storage.count - end >= minimum { return true }
        }
        let grown = min(max(storage.count * 2, 4096, end + minimum), capacityLimit)
        if grown > storage.count {
            storage.append(contentsOf: repeatElement(0, count: grown - storage.count))
        }
        return storage.count > end
    }

    /// Reads once from `socket` into the free tail.
    mutating func read(from socket: Socket) throws(IOError) -> IOResult<Int> {
        let offset = end
        let result: Result<IOResult<Int>, IOError> = storage.withUnsafeMutableBytes { bytes in
            Result { () throws(IOError) in
                try socket.descriptor.read(into: bytes.baseAddress! + offset, count: bytes.count - offset)
            }
        }
        let outcome = try result.get()
        if case .processed(let count) = outcome { end += count }
        return outcome
    }

    /// Calls `body` with the unconsumed bytes.
    func withUnread<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        storage.withUnsafeBytes { bytes in
            body(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    mutating func consume(_ count: Int) {
        start += count
        if start == end {
            start = 0
            end = 0
        }
    }

    /// Frees a buffer that grew for a large head, once it holds nothing.
    mutating func releaseIfLarge() {
        if start == end, storage.count > 16 * 1024 {
            storage = []
            start = 0
            end = 0
        }
    }

    mutating func removeAll() {
        start = 0
        end = 0
    }
}
