/// A Swift value that knows its PostgreSQL parameter form: text input syntax and type OID.
package protocol PostgresEncodable {
    /// The parameter this value is sent as.
    var postgresBind: PostgresBind { get }
    /// The type a NULL of this Swift type is sent as, so `Optional<Int>.none` is an `int8` NULL.
    static var postgresNullType: PostgresDataType { get }
}

extension PostgresEncodable {
    package static var postgresNullType: PostgresDataType { .unspecified }
}

/// A Swift value that can be read from PostgreSQL's text output form of a column.
///
/// Results are requested in text format, so each decoder parses what the type's output function
/// prints (with the `DateStyle = ISO` the connection sets). Each conformance lists the column
/// types it accepts; anything else is a ``PostgresDecodingError/Reason/typeMismatch``.
package protocol PostgresDecodable {
    /// Decodes a non-NULL value from its text bytes (not NUL-terminated, valid only during the call).
    static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> Self
    /// The value for SQL NULL; only `Optional` has one.
    static func decodeNull() throws(PostgresDecodingError.Reason) -> Self
}

extension PostgresDecodable {
    package static func decodeNull() throws(PostgresDecodingError.Reason) -> Self {
        throw .unexpectedNull
    }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    /// SQL NULL for `nil`, typed like the wrapped value so the server infers the same type.
    package var postgresBind: PostgresBind {
        switch self {
        case .some(let value): value.postgresBind
        case .none: PostgresBind(text: nil, type: Wrapped.postgresNullType)
        }
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> Self {
        try Wrapped.decode(postgresText: bytes, type: type)
    }

    package static func decodeNull() -> Self { nil }
}
