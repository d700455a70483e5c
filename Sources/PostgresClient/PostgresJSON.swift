/// JSON text exactly as PostgreSQL printed it (`json` keeps the input text, `jsonb` its canonical form).
///
/// The server builds response JSON, so the client never parses it: this is a typed wrapper that
/// says "this text is JSON". For large values prefer ``PostgresCell/withUnsafeBytes(_:)``, which
/// reads the bytes in place without copying.
package struct PostgresJSON: Sendable, Hashable, CustomStringConvertible {
    package var text: String

    package init(text: String) { self.text = text }

    package var description: String { text }
}

extension PostgresJSON: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { .json(text) }
    package static var postgresNullType: PostgresDataType { .json }

    /// Reads `json` and `jsonb` columns.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> PostgresJSON {
        guard type.isJSON else { throw .typeMismatch }
        return PostgresJSON(text: String(decoding: bytes, as: UTF8.self))
    }
}
