internal import PostgresClient

/// Rows of one table in PostgreSQL's COPY text format, written straight into bytes.
///
/// Text format (https://www.postgresql.org/docs/15/sql-copy.html#id-1.9.3.55.9.2): columns
/// separated by tabs, rows ended by newlines, NULL spelled `\N`, and backslash, tab, newline and
/// carriage return inside a value escaped with a backslash. The generator writes millions of rows,
/// so values go in as integers and UTF-8 byte runs rather than as `String`s and binds; the bytes
/// are then handed to ``PostgresCopyWriter/appendFormatted(_:)`` whole.
struct CopyRowBuffer {
    private(set) var bytes: [UInt8] = []
    /// Rows completed so far.
    private(set) var rows = 0
    private var atRowStart = true

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer (keeping its memory) after its rows were sent; the row count stays.
    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        rows += 1
        atRowStart = true
    }

    private mutating func separate() {
        if atRowStart { atRowStart = false } else { bytes.append(UInt8(ascii: "\t")) }
    }

    mutating func null() {
        separate()
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "N"))
    }

    mutating func int(_ value: Int) {
        separate()
        Self.appendDecimal(value, to: &bytes)
    }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(value ? UInt8(ascii: "t") : UInt8(ascii: "f"))
    }

    /// A text value from UTF-8 bytes, escaped where the format needs it.
    mutating func text(_ value: [UInt8]) {
        separate()
        Self.appendEscaped(value, to: &bytes)
    }

    mutating func text(_ value: [UInt8]?) {
        if let value { text(value) } else { null() }
    }

    mutating func text(_ value: String) {
        text(Array(value.utf8))
    }

    /// A `date` value, `YYYY-MM-DD`, from days since 1970-01-01.
    mutating func date(days: Int) {
        separate()
        Self.appendDate(days: days, to: &bytes)
    }

    mutating func date(days: Int?) {
        if let days { date(days: days) } else { null() }
    }

    /// A `timestamptz` value at a time of day in China Standard Time (UTC+8), as the notices print
    /// their publication times.
    mutating func chinaTime(days: Int, minuteOfDay: Int) {
        separate()
        Self.appendDate(days: days, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        Self.appendPadded(minuteOfDay / 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.appendPadded(minuteOfDay % 60, width: 2, to: &bytes)
        bytes.append(contentsOf: ":00+08".utf8)
    }

    /// A `text[]` value whose elements are quoted (array input syntax,
    /// https://www.postgresql.org/docs/15/arrays.html#ARRAYS-IO); elements must not contain `"`.
    mutating func textArray(_ elements: [[UInt8]]) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        for (index, element) in elements.enumerated() {
            precondition(!element.contains(UInt8(ascii: "\"")), "array elements are generated without quotes")
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            Self.appendEscaped(element, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
    }

    // MARK: Encoding

    static func appendEscaped(_ value: [UInt8], to bytes: inout [UInt8]) {
        // Generated text never holds these bytes; the scan keeps the format right regardless.
        guard value.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            bytes.append(contentsOf: value)
            return
        }
        for byte in value {
            switch byte {
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            default: bytes.append(byte)
            }
        }
    }

    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendDecimal(UInt(value.magnitude), to: &bytes)
        } else {
            appendDecimal(UInt(value), to: &bytes)
        }
    }

    static func appendDecimal(_ value: UInt, to bytes: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var digits = 1
        var limit = 10
        while value >= limit { digits += 1; limit *= 10 }
        for _ in digits..<max(digits, width) { bytes.append(UInt8(ascii: "0")) }
        appendDecimal(value, to: &bytes)
    }

    static func appendDate(days: Int, to bytes: inout [UInt8]) {
        let date = PostgresDate(daysSince1970: days)
        appendPadded(date.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(date.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(date.day, width: 2, to: &bytes)
    }
}
