extension Double: PostgresEncodable, PostgresDecodable {
    /// Shortest text that reads back as the same `Double`, sent as `float8`.
    package var postgresBind: PostgresBind {
        let text = isNaN ? "NaN" : isInfinite ? (self < 0 ? "-Infinity" : "Infinity") : description
        return PostgresBind(text: text, type: .float8)
    }
    package static var postgresNullType: PostgresDataType { .float8 }

    /// Parses `float4`, `float8` and integer columns. Deliberately not `numeric`: an exact value
    /// must be read as ``PostgresNumeric`` rather than silently rounded.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> Double {
        guard type == .float4 || type == .float8 || type.isInteger else { throw .typeMismatch }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { throw .malformed }
        return value
    }
}
