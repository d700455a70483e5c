package import Foundation

/// An exact `numeric` value kept as PostgreSQL's decimal text, never rounded through `Double`.
///
/// PostgreSQL prints `numeric` with its full precision and scale (`381200.00`,
/// `12345678901234567890.123456789`); keeping that text lets it travel to JSON or back into a
/// statement unchanged. Syntax accepted: an optional `-`, digits, an optional `.` and digits, or
/// `NaN`, `Infinity`, `-Infinity` (https://www.postgresql.org/docs/15/datatype-numeric.html).
package struct PostgresNumeric: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The decimal text, exactly as PostgreSQL prints it.
    package let text: String

    /// Accepts decimal text (`"-12.50"`), `nil` when it is not a plain decimal number.
    package init?(_ text: String) {
        guard Self.isValid(text.utf8) else { return nil }
        self.text = text
    }

    /// A literal in source code; traps on a malformed literal, which is a bug.
    package init(stringLiteral value: String) {
        guard let numeric = PostgresNumeric(value) else { preconditionFailure("not a numeric literal: \(value)") }
        self = numeric
    }

    /// The exact value of an integer.
    package init(_ value: some BinaryInteger) { text = String(value) }

    /// The exact value of a `Decimal` (its shortest exact decimal text).
    package init(_ value: Decimal) {
        text = value.isNaN ? "NaN" : value.description
    }

    /// The value as a `Decimal`, `nil` when it needs more than `Decimal`'s 38 digits or is not finite.
    package var decimal: Decimal? {
        guard text != "NaN", !text.hasSuffix("Infinity") else { return nil }
        let digits = text.utf8.lazy.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "-") }
            .drop { $0 == UInt8(ascii: "0") }.count
        guard digits <= 38 else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Digits after the decimal point, as PostgreSQL keeps them (`381200.00` has scale 2).
    package var scale: Int {
        guard let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
        return text.utf8.distance(from: dot, to: text.utf8.endIndex) - 1
    }

    package var description: String { text }

    private static func isValid(_ bytes: String.UTF8View) -> Bool {
        if bytes.elementsEqual("NaN".utf8) || bytes.elementsEqual("Infinity".utf8)
            || bytes.elementsEqual("-Infinity".utf8) { return true }
        var index = bytes.startIndex
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") { index = bytes.index(after: index) }
        var integerDigits = 0, fractionDigits = 0, seenDot = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if seenDot { fractionDigits += 1 } else { integerDigits += 1 }
            } else {
                return false
            }
            index = bytes.index(after: index)
        }
        return integerDigits > 0 && (!seenDot || fractionDigits > 0)
    }
}

extension PostgresNumeric: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { .numeric(self) }
    package static var postgresNullType: PostgresDataType { .numeric }

    /// Reads `numeric` and integer columns exactly.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> PostgresNumeric {
        guard type == .numeric || type.isInteger else { throw .typeMismatch }
        guard let value = PostgresNumeric(String(decoding: bytes, as: UTF8.self)) else { throw .malformed }
        return value
    }
}

extension Decimal: PostgresEncodable, PostgresDecodable {
    /// The exact decimal text, sent as `numeric`.
    package var postgresBind: PostgresBind { .numeric(PostgresNumeric(self)) }
    package static var postgresNullType: PostgresDataType { .numeric }

    /// Reads `numeric` and integer columns; a value beyond `Decimal`'s 38 digits is out of range
    /// rather than rounded.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> Decimal {
        let numeric = try PostgresNumeric.decode(postgresText: bytes, type: type)
        guard let value = numeric.decimal else { throw .outOfRange }
        return value
    }
}
