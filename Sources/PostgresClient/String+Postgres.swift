extension String: PostgresEncodable, PostgresDecodable {
    /// Text of unspecified type, so the server infers `text`, `varchar`, an enum, … from context.
    package var postgresBind: PostgresBind { .text(self) }

    /// Any column's text form as UTF-8 (the connection sets `client_encoding = UTF8`).
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension Array: PostgresDecodable where Element == UInt8 {
    /// The raw bytes of any column's text form (JSON text, say), copied out of the result.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) -> [UInt8] {
        Array(bytes)
    }
}
