extension Int: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { .int(self) }
    package static var postgresNullType: PostgresDataType { .int8 }
}

extension Int64: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { PostgresBind(text: String(self), type: .int8) }
    package static var postgresNullType: PostgresDataType { .int8 }
}

extension Int32: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { PostgresBind(text: String(self), type: .int4) }
    package static var postgresNullType: PostgresDataType { .int4 }
}

extension Int16: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { PostgresBind(text: String(self), type: .int2) }
    package static var postgresNullType: PostgresDataType { .int2 }
}

extension PostgresDecodable where Self: FixedWidthInteger & SignedInteger {
    /// Parses `int2`, `int4`, `int8` or `oid` text, rejecting values that do not fit `Self`.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> Self {
        guard type.isInteger else { throw .typeMismatch }
        guard let value = parseDecimalInteger(bytes, as: Self.self) else {
            throw bytes.isEmpty ? .malformed : .outOfRange
        }
        return value
    }
}

/// Parses `-?[0-9]+` into `T`, `nil` on any other byte or on overflow.
func parseDecimalInteger<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, as: T.Type) -> T? {
    var index = 0
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { index = 1 }
    guard index < bytes.count else { return nil }
    var value: T = 0
    while index < bytes.count {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
        let (next, overflow2) = negative
            ? shifted.subtractingReportingOverflow(T(digit))
            : shifted.addingReportingOverflow(T(digit))
        guard !overflow1, !overflow2 else { return nil }
        value = next
        index += 1
    }
    return value
}
