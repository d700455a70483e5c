extension Bool: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { .bool(self) }
    package static var postgresNullType: PostgresDataType { .bool }

    /// Parses `bool` output, which is `t` or `f`.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> Bool {
        guard type == .bool else { throw .typeMismatch }
        guard bytes.count == 1 else { throw .malformed }
        switch bytes[0] {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: throw .malformed
        }
    }
}
