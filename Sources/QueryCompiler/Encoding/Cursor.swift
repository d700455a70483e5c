/// A pagination cursor: the sort-key values of one row and a tag naming the ordering they belong to.
///
/// The text is the unpadded URL-safe base64 of a JSON array `["tag", v1, …, id]` that PostgreSQL
/// builds with `json_build_array` next to the row. The tag is a hash of the ordering (type, fields and
/// directions), so a cursor taken under one ordering is refused under another instead of silently
/// landing on the wrong page; the last value is always the primary key, which makes every position
/// unique even when the sort fields are not.
public struct Cursor: Sendable, Hashable {
    public var tag: String
    /// Each sort key's value as text (JSON numbers keep their digits), nil for SQL null.
    public var values: [String?]

    public init(tag: String, values: [String?]) {
        self.tag = tag
        self.values = values
    }

    /// The longest cursor text accepted, a bound on the work a hostile cursor can cause.
    static let maximumLength = 4096

    /// The opaque text clients see, in the form PostgreSQL writes it.
    public var encoded: String {
        var json = "[" + Cursor.quoted(tag)
        for value in values {
            json += ", " + (value.map(Cursor.quoted) ?? "null")
        }
        return Base64URL.encode(Array((json + "]").utf8))
    }

    /// Reads a cursor, or returns nil when the text is not one this server could have made.
    public static func decode(_ text: String) -> Cursor? {
        guard text.utf8.count <= maximumLength, let bytes = Base64URL.decode(text) else { return nil }
        var parser = CursorJSONParser(bytes: bytes)
        // The tag is always a string; values are strings, numbers, booleans or null.
        guard let items = parser.parseArray(), let tag = items.first?.text, items.first?.isString == true else { return nil }
        return Cursor(tag: tag, values: items.dropFirst().map(\.text))
    }

    /// The tag of an ordering: FNV-1a (32 bits) of its signature, as 8 hexadecimal digits.
    static func tag(forOrdering signature: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in signature.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for shift in stride(from: 28, through: 0, by: -4) {
            output.append(digits[Int((hash >> UInt32(shift)) & 0xF)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = Array("0123456789abcdef".unicodeScalars)
                    output += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 0xF)])
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}

/// Parses the one JSON form a cursor holds: a flat array of strings, numbers, booleans and nulls.
private struct CursorJSONParser {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// One item of the array: its text (nil for null) and whether it was a JSON string.
    struct Item {
        var text: String?
        var isString: Bool
    }

    mutating func parseArray() -> [Item]? {
        skipSpace()
        guard take(UInt8(ascii: "[")) else { return nil }
        var items: [Item] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return finished(items) }
        while true {
            skipSpace()
            let isString = position < bytes.count && bytes[position] == UInt8(ascii: "\"")
            guard let item = parseScalar() else { return nil }
            items.append(Item(text: item, isString: isString))
            skipSpace()
            if take(UInt8(ascii: "]")) { return finished(items) }
            guard take(UInt8(ascii: ",")) else { return nil }
        }
    }

    private mutating func finished(_ items: [Item]) -> [Item]? {
        skipSpace()
        return position == bytes.count ? items : nil
    }

    /// `.some(nil)` for null, `.some(text)` for a value, nil for a syntax error.
    private mutating func parseScalar() -> String?? {
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""): return parseString().map { .some($0) }
        case UInt8(ascii: "n"): return keyword("null") ? .some(nil) : nil
        case UInt8(ascii: "t"): return keyword("true") ? .some("true") : nil
        case UInt8(ascii: "f"): return keyword("false") ? .some("false") : nil
        default: return parseNumber().map { .some($0) }
        }
    }

    private mutating func keyword(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
        position += count
        return true
    }

    /// A JSON number (RFC 8259 §6), returned as its text.
    private mutating func parseNumber() -> String? {
        let start = position
        _ = take(UInt8(ascii: "-"))
        guard digits() > 0 else { return nil }
        if take(UInt8(ascii: ".")) { guard digits() > 0 else { return nil } }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard digits() > 0 else { return nil }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
        return position - start
    }

    /// A JSON string (RFC 8259 §7) with its escapes resolved; nil when malformed.
    private mutating func parseString() -> String? {
        position += 1
        var scalars = String.UnicodeScalarView()
        var run = position
        func flush(_ end: Int, into scalars: inout String.UnicodeScalarView) {
            scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flush(position, into: &scalars)
                position += 1
                return String(scalars)
            }
            if byte < 0x20 { return nil }
            if byte != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            flush(position, into: &scalars)
            position += 1
            guard position < bytes.count else { return nil }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{8}")
            case UInt8(ascii: "f"): scalars.append("\u{C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(code) {
                    guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
                          (0xDC00..<0xE000).contains(low) else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                scalars.append(scalar)
            default: return nil
            }
            run = position
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }
}
