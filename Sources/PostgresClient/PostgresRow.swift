/// One row of a ``PostgresResult``, read by column index or name.
///
/// A row keeps its result alive, so it may outlive the loop that produced it.
package struct PostgresRow: Sendable, RandomAccessCollection {
    let result: PostgresResult
    /// Zero-based position in the result.
    package let index: Int

    package var startIndex: Int { 0 }
    package var endIndex: Int { result.columnCount }

    /// The cell in column `column`; traps when out of range, like an array.
    package subscript(column: Int) -> PostgresCell {
        precondition(column >= 0 && column < result.columnCount,
                     "column \(column) out of range 0..<\(result.columnCount)")
        return PostgresCell(result: result, row: index, column: column)
    }

    /// The cell of the first column named `name` (exact, case-sensitive).
    package func cell(named name: String) throws(PostgresDecodingError) -> PostgresCell {
        guard let column = result.columnIndex(named: name) else {
            throw PostgresDecodingError(reason: .missingColumn, row: index, column: -1, columnName: name,
                                        postgresType: .unspecified, swiftType: "")
        }
        return PostgresCell(result: result, row: index, column: column)
    }

    /// Decodes column `column` as `T`.
    package func decode<T: PostgresDecodable>(_ type: T.Type = T.self, at column: Int) throws(PostgresDecodingError) -> T {
        try self[column].decode(T.self)
    }

    /// Decodes the column named `name` as `T`.
    package func decode<T: PostgresDecodable>(_ type: T.Type = T.self, column name: String) throws(PostgresDecodingError) -> T {
        try cell(named: name).decode(T.self)
    }
}

/// One value of a result: its type, NULL-ness, typed decoding and zero-copy bytes.
package struct PostgresCell: Sendable {
    let result: PostgresResult
    package let row: Int
    package let column: Int

    /// Whether the value is SQL NULL.
    package var isNull: Bool { result.isNull(row: row, column: column) }
    /// The column's PostgreSQL type.
    package var dataType: PostgresDataType { result.columnType(column) }
    /// The column's name.
    package var columnName: String { result.columnName(column) }

    /// Decodes the value as `T` (use an `Optional` type to accept NULL).
    package func decode<T: PostgresDecodable>(_ type: T.Type = T.self) throws(PostgresDecodingError) -> T {
        let dataType = self.dataType
        do throws(PostgresDecodingError.Reason) {
            let value = try result.withValue(row: row, column: column) { bytes throws(PostgresDecodingError.Reason) in
                try T.decode(postgresText: bytes, type: dataType)
            }
            if let value { return value }
            return try T.decodeNull()
        } catch {
            throw PostgresDecodingError(reason: error, row: row, column: column, columnName: columnName,
                                        postgresType: dataType, swiftType: String(describing: T.self))
        }
    }

    /// Calls `body` with the value's text bytes in libpq's own storage, without copying; returns
    /// `nil` without calling it for NULL.
    ///
    /// The bytes are valid only during `body` (the result stays alive until it returns). This is
    /// how JSON built by PostgreSQL goes into a response buffer without an intermediate `String`.
    package func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R? {
        try result.withValue(row: row, column: column, body)
    }
}
