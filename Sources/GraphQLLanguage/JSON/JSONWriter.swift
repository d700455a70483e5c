/// Writes compact JSON (RFC 8259) into a byte buffer, for responses.
///
/// Everything appends to an `inout [UInt8]` that the caller owns, so a response is built in one
/// growing buffer with no intermediate strings. Strings are escaped as `JSON.stringify` escapes
/// them: `"` and `\`, `\b \f \n \r \t` by name, other control characters as `\u00xx`; everything
/// else, including non-ASCII text, is written as UTF-8 unchanged.
public enum JSONWriter {
    /// Appends `value` as compact JSON.
    ///
    /// Numbers are written as their text, which must be a JSON number (`JSONParser` and the
    /// GraphQL lexer only produce such text).
    public static func write(_ value: JSONValue, into buffer: inout [UInt8]) {
        switch value {
        case .null: appendLiteral("null", to: &buffer)
        case .bool(true): appendLiteral("true", to: &buffer)
        case .bool(false): appendLiteral("false", to: &buffer)
        case .number(let text): writeNumber(text, into: &buffer)
        case .string(let string): writeString(string, into: &buffer)
        case .array(let elements):
            buffer.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                write(element, into: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        case .object(let members):
            buffer.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &buffer)
                buffer.append(UInt8(ascii: ":"))
                write(member.value, into: &buffer)
            }
            buffer.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `string` as a quoted, escaped JSON string.
    public static func writeString(_ string: String, into buffer: inout [UInt8]) {
        var string = string
        string.makeContiguousUTF8()
        string.utf8.withContiguousStorageIfAvailable { utf8 in
            writeString(utf8: utf8, into: &buffer)
        }
    }

    /// Appends UTF-8 text as a quoted, escaped JSON string.
    ///
    /// Runs of bytes that need no escape, nearly all of real text, are copied in one append.
    public static func writeString(utf8: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        // No `reserveCapacity` here: it grows to exactly what is asked, so calling it per string
        // would copy the whole buffer again and again; appends grow it geometrically.
        buffer.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            appendEscape(for: byte, to: &buffer)
            runStart = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends a number's text unchanged.
    public static func writeNumber(_ text: String, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Appends an integer in decimal.
    public static func writeInteger(_ integer: some BinaryInteger, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: String(integer).utf8)
    }

    /// Appends bytes that already are JSON, such as a document PostgreSQL built, unchanged.
    ///
    /// The caller vouches for the fragment; nothing is checked or escaped.
    public static func writeRawJSON(_ fragment: some Sequence<UInt8>, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: fragment)
    }

    /// Appends the JSON escape of a byte that needs one.
    private static func appendEscape(for byte: UInt8, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case 0x08: buffer.append(UInt8(ascii: "b"))
        case 0x0C: buffer.append(UInt8(ascii: "f"))
        case 0x0A: buffer.append(UInt8(ascii: "n"))
        case 0x0D: buffer.append(UInt8(ascii: "r"))
        case 0x09: buffer.append(UInt8(ascii: "t"))
        default:
            buffer.append(UInt8(ascii: "u"))
            buffer.append(UInt8(ascii: "0"))
            buffer.append(UInt8(ascii: "0"))
            buffer.append(hexDigit(byte >> 4))
            buffer.append(hexDigit(byte & 0xF))
        }
    }

    /// The lowercase hex digit of a nibble, as `JSON.stringify` writes escapes.
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    private static func appendLiteral(_ literal: StaticString, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}

extension JSONValue {
    /// The value as compact JSON bytes.
    public var jsonBytes: [UInt8] {
        var buffer: [UInt8] = []
        JSONWriter.write(self, into: &buffer)
        return buffer
    }

    /// The value as compact JSON text.
    public var jsonText: String {
        String(decoding: jsonBytes, as: UTF8.self)
    }
}
