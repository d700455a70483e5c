import Glibc

/// Operational log lines in logfmt on standard error: what went wrong, with the request id the
/// access log shows, and the detail a client must never see (SQL errors, libpq messages).
///
/// ```
/// time=2024-05-01T08:00:00.123Z level=error event=database_error id=1-42 kind=query_failed detail="ERROR 42703: …"
/// ```
///
/// Lines are written at once: they are rare (errors and connection changes), and an operator
/// reading them during an outage wants them in order, not batched.
enum ServiceLog {
    enum Level: String {
        case info, warning, error
    }

    static func write(_ level: Level, _ event: String, _ fields: KeyValuePairs<String, String> = [:]) {
        var line: [UInt8] = []
        line.reserveCapacity(160)
        line.append(contentsOf: "time=".utf8)
        appendTimestamp(into: &line)
        line.append(contentsOf: " level=\(level.rawValue) event=".utf8)
        appendValue(event, into: &line)
        for (key, value) in fields {
            line.append(UInt8(ascii: " "))
            line.append(contentsOf: key.utf8)
            line.append(UInt8(ascii: "="))
            appendValue(value, into: &line)
        }
        line.append(UInt8(ascii: "\n"))
        line.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(2, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// A logfmt value: bare when it is one plain token, else quoted with `"`, `\` and control
    /// characters escaped, so a multi-line PostgreSQL message stays on one line.
    static func appendValue(_ value: String, into line: inout [UInt8]) {
        let bare = !value.isEmpty && value.utf8.allSatisfy {
            $0 > 0x20 && $0 != 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "\\")
        }
        guard !bare else {
            line.append(contentsOf: value.utf8)
            return
        }
        line.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): line.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case UInt8(ascii: "\n"): line.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\t"): line.append(contentsOf: "\\t".utf8)
            case 0..<0x20, 0x7F: line.append(UInt8(ascii: " "))
            default: line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\""))
    }

    /// The wall-clock time as RFC 3339 UTC with milliseconds.
    private static func appendTimestamp(into line: inout [UInt8]) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) {
            let digits = String(value)
            line.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, width - digits.utf8.count)))
            line.append(contentsOf: digits.utf8)
        }
        pad(parts.tm_year + 1900, 4); line.append(UInt8(ascii: "-"))
        pad(parts.tm_mon + 1, 2); line.append(UInt8(ascii: "-"))
        pad(parts.tm_mday, 2); line.append(UInt8(ascii: "T"))
        pad(parts.tm_hour, 2); line.append(UInt8(ascii: ":"))
        pad(parts.tm_min, 2); line.append(UInt8(ascii: ":"))
        pad(parts.tm_sec, 2); line.append(UInt8(ascii: "."))
        pad(Int32(now.tv_nsec / 1_000_000), 3); line.append(UInt8(ascii: "Z"))
    }
}
