/// A strict RFC 8259 JSON parser from UTF-8 bytes to `JSONValue`.
///
/// Decisions, each made to agree with `JSON.parse` where RFC 8259 leaves room:
/// - Strict grammar: no trailing commas, comments, single quotes, leading zeros, `NaN`, or
///   bare control characters in strings. Whitespace is space, tab, LF and CR only; a leading
///   byte order mark is skipped, as RFC 8259 §8.1 permits.
/// - Duplicate object keys: the last value wins, kept at the first key's position (what
///   `JSON.parse` produces, since a JavaScript object keeps a key's first insertion order).
/// - Escaped lone surrogates (`"\uD800"`), which `JSON.parse` accepts into a JavaScript string,
///   become U+FFFD: a Swift `String` holds only Unicode scalar values. Raw bytes that are not
///   UTF-8 are rejected.
/// - Numbers keep their text, so `381200.00` and 40-digit integers reach coercion unrounded.
/// - Nesting deeper than `maxDepth` is an error. Arrays and objects are parsed with an explicit
///   stack, never recursion, so no input can overflow the thread's stack.
public enum JSONParser {
    /// Parses one JSON value that fills the whole input.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 256) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in parse(buffer, maxDepth: maxDepth) }.get()
    }

    /// Parses one JSON value from text.
    public static func parse(_ text: String, maxDepth: Int = 256) throws(JSONParseError) -> JSONValue {
        let result = text.utf8.withContiguousStorageIfAvailable { buffer in parse(buffer, maxDepth: maxDepth) }
            ?? Array(text.utf8).withUnsafeBufferPointer { buffer in parse(buffer, maxDepth: maxDepth) }
        return try result.get()
    }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) in
            var reader = JSONReader(bytes: buffer, maxDepth: maxDepth)
            return try reader.readDocument()
        }
    }
}

/// The parser's cursor over the input bytes.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// An array or object whose opening bracket has been read and whose closing one has not.
    private struct OpenContainer {
        var isArray: Bool
        var elements: [JSONValue] = []
        var members: [JSONMember] = []
        /// The key whose value is being read.
        var key = ""
        /// Positions of keys, built once an object grows past a few members.
        var positions: [String: Int] = [:]

        /// Adds `key: value`, or replaces the value of an earlier `key` in place.
        mutating func addMember(_ value: JSONValue) {
            if members.count < 12 {
                if let position = members.firstIndex(where: { $0.key == key }) {
                    members[position].value = value
                    return
                }
            } else {
                if positions.isEmpty {
                    for (position, member) in members.enumerated() where positions[member.key] == nil {
                        positions[member.key] = position
                    }
                }
                if let position = positions[key] {
                    members[position].value = value
                    return
                }
                positions[key] = members.count
            }
            members.append(JSONMember(key, value))
        }
    }

    mutating func readDocument() throws(JSONParseError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var open: [OpenContainer] = []
        while true {
            skipWhitespace()
            var value: JSONValue
            guard index < bytes.count else { throw JSONParseError(.unexpectedEnd(expected: "a value"), at: index) }
            switch bytes[index] {
            case UInt8(ascii: "["):
                try checkDepth(open.count)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    value = .array([])
                } else {
                    open.append(OpenContainer(isArray: true))
                    continue
                }
            case UInt8(ascii: "{"):
                try checkDepth(open.count)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    value = .object([])
                } else {
                    var container = OpenContainer(isArray: false)
                    container.key = try readKey()
                    open.append(container)
                    continue
                }
            default:
                value = try readScalar()
            }
            // Hand the value to the innermost open container, closing those that end here.
            while !open.isEmpty {
                let innermost = open.count - 1
                skipWhitespace()
                let next: UInt8? = index < bytes.count ? bytes[index] : nil
                if open[innermost].isArray {
                    open[innermost].elements.append(value)
                    if next == UInt8(ascii: ",") {
                        index += 1
                        break
                    }
                    guard next == UInt8(ascii: "]") else { throw unexpected(next, expected: "\",\" or \"]\"") }
                    index += 1
                    value = .array(open.removeLast().elements)
                } else {
                    open[innermost].addMember(value)
                    if next == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        open[innermost].key = try readKey()
                        break
                    }
                    guard next == UInt8(ascii: "}") else { throw unexpected(next, expected: "\",\" or \"}\"") }
                    index += 1
                    value = .object(open.removeLast().members)
                }
            }
            if open.isEmpty {
                skipWhitespace()
                guard index == bytes.count else { throw JSONParseError(.trailingContent, at: index) }
                return value
            }
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONParseError) {
        if depth >= maxDepth { throw JSONParseError(.nestingTooDeep(limit: maxDepth), at: index) }
    }

    private func unexpected(_ byte: UInt8?, expected: String) -> JSONParseError {
        guard let byte else { return JSONParseError(.unexpectedEnd(expected: expected), at: index) }
        return JSONParseError(.unexpectedByte(byte, expected: expected), at: index)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// `"key" :`, leaving the index at the value.
    private mutating func readKey() throws(JSONParseError) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw unexpected(index < bytes.count ? bytes[index] : nil, expected: "a string key")
        }
        let key = try readString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw unexpected(index < bytes.count ? bytes[index] : nil, expected: "\":\"")
        }
        index += 1
        return key
    }

    /// A string, number, `true`, `false` or `null`.
    private mutating func readScalar() throws(JSONParseError) -> JSONValue {
        switch bytes[index] {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try readLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try readLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try readLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw JSONParseError(.unexpectedByte(bytes[index], expected: "a value"), at: index)
        }
    }

    private mutating func readLiteral(_ literal: StaticString) throws(JSONParseError) {
        let spelling = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in spelling {
            guard index < bytes.count else { throw JSONParseError(.unexpectedEnd(expected: "\"\(literal)\""), at: index) }
            guard bytes[index] == byte else { throw JSONParseError(.unexpectedByte(bytes[index], expected: "\"\(literal)\""), at: index) }
            index += 1
        }
    }
}
