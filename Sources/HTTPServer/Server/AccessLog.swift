/// One logfmt line per request, buffered per loop and written to standard error in batches.
///
/// A line is at most `flushDelay` late: the first line into an empty buffer schedules the
/// write, and a full buffer is written at once, so logging costs one `write` per batch rather
/// than per request.
struct AccessLog {
    static let flushThreshold = 32 * 1024
    static let flushDelay: Duration = .milliseconds(200)

    private(set) var buffer: [UInt8] = []
    private var secondPrefix: [UInt8] = []
    private var prefixSecond = -1

    struct Entry {
        var id: RequestID
        var method: String
        var path: String
        var status: Int
        var bytes: Int
        var durationNanoseconds: UInt64
    }

    /// Appends a line; returns whether the buffer was empty before (so a flush must be scheduled).
    mutating func append(_ entry: Entry) -> Bool {
        let wasEmpty = buffer.isEmpty
        let time = Platform.wallClock()
        let second = time.seconds
        if second != prefixSecond {
            prefixSecond = second
            secondPrefix = Array("time=\(HTTPDate.iso8601(unixSeconds: second)).".utf8)
        }
        buffer.append(contentsOf: secondPrefix)
        AccessLog.format(entry, milliseconds: time.nanoseconds / 1_000_000, into: &buffer)
        return wasEmpty
    }

    /// The part of a line after `time=...T..:..:..`: `123Z id=... method=... path=...
    /// status=... bytes=... duration_ms=...`.
    static func format(_ entry: Entry, milliseconds: Int, into output: inout [UInt8]) {
        output.append(contentsOf: HTTPDate.pad(milliseconds, 3).utf8)
        output.append(contentsOf: "Z id=\(entry.id) method=".utf8)
        appendValue(entry.method, into: &output)
        output.append(contentsOf: " path=".utf8)
        appendValue(entry.path, into: &output)
        output.append(contentsOf: " status=".utf8)
        ResponseEncoder.appendDecimal(entry.status, into: &output)
        output.append(contentsOf: " bytes=".utf8)
        ResponseEncoder.appendDecimal(entry.bytes, into: &output)
        let micros = Int(entry.durationNanoseconds / 1000)
        output.append(contentsOf: " duration_ms=".utf8)
        ResponseEncoder.appendDecimal(micros / 1000, into: &output)
        output.append(UInt8(ascii: "."))
        output.append(contentsOf: HTTPDate.pad(micros % 1000, 3).utf8)
        output.append(UInt8(ascii: "\n"))
    }

    /// Writes a logfmt value, quoted and escaped when it holds a space, quote, `=` or control.
    static func appendValue(_ value: String, into output: inout [UInt8]) {
        let plain = !value.isEmpty && value.utf8.allSatisfy { $0 > 0x20 && $0 != 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "\\") }
        if plain {
            output.append(contentsOf: value.utf8)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Writes the buffer to standard error; what cannot be written at once (a full pipe) is
    /// dropped rather than blocking the loop.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        AccessLog.writeToStandardError(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeToStandardError(_ bytes: [UInt8]) {
        let standardError = FileDescriptor(rawValue: 2)
        bytes.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                guard case .processed(let written)? = try? standardError.write(bytes.baseAddress! + offset, count: bytes.count - offset),
                      written > 0 else { return }
                offset += written
            }
        }
    }
}
