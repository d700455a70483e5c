/// Why a JSON text was rejected, and at which byte.
///
/// The description names the byte offset and the rule broken, e.g. `JSON error at byte 14:
/// unexpected "}", expected a value`, so a client can find its mistake; it never echoes more of
/// the input than one character.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The text ended where `expected` was due.
        case unexpectedEnd(expected: String)
        /// A byte that cannot stand here; `expected` says what could.
        case unexpectedByte(UInt8, expected: String)
        /// A number that breaks RFC 8259 §6, e.g. `01`, `1.`, `-`, `1e`.
        case invalidNumber(String)
        /// A control character (below U+0020) written raw inside a string (RFC 8259 §7).
        case controlCharacterInString(UInt8)
        /// A backslash followed by something other than `"\/bfnrtu`.
        case invalidEscape(UInt8)
        /// `\u` not followed by four hex digits.
        case invalidUnicodeEscape
        /// String bytes that are not UTF-8 (RFC 8259 §8.1).
        case invalidUTF8
        /// Arrays and objects nested deeper than the parser's limit.
        case nestingTooDeep(limit: Int)
        /// Something other than whitespace after the value.
        case trailingContent
    }

    public var reason: Reason
    /// Byte offset in the input where the problem was found.
    public var offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        "JSON error at byte \(offset): " + detail
    }

    private var detail: String {
        switch reason {
        case .unexpectedEnd(let expected): "unexpected end of input, expected \(expected)"
        case .unexpectedByte(let byte, let expected): "unexpected \(Self.describe(byte)), expected \(expected)"
        case .invalidNumber(let rule): "invalid number: \(rule)"
        case .controlCharacterInString(let byte): "control character \(Self.describe(byte)) must be escaped in a string"
        case .invalidEscape(let byte): "invalid escape sequence \\\(Self.describe(byte, quoted: false))"
        case .invalidUnicodeEscape: "\\u must be followed by four hex digits"
        case .invalidUTF8: "string is not valid UTF-8"
        case .nestingTooDeep(let limit): "arrays and objects nested deeper than \(limit) levels"
        case .trailingContent: "unexpected content after the JSON value"
        }
    }

    /// A byte as a message shows it: `"}"` when printable ASCII, else `0x07`.
    private static func describe(_ byte: UInt8, quoted: Bool = true) -> String {
        if byte >= 0x20 && byte < 0x7F {
            let character = String(UnicodeScalar(byte))
            return quoted ? "\"\(character)\"" : character
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" : "") + hex
    }
}
