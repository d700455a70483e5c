/// A column value that could not be decoded into the requested Swift type.
///
/// Says which row, column, PostgreSQL type and Swift type were involved, never the value itself
/// (it is data, and may be personal).
package struct PostgresDecodingError: Error, Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Why decoding failed.
    package enum Reason: Error, Sendable, Hashable {
        /// The column is NULL and the Swift type is not optional.
        case unexpectedNull
        /// The column's PostgreSQL type cannot become this Swift type.
        case typeMismatch
        /// The text is not what the type's output function prints (or the session's `DateStyle`
        /// was changed from ISO).
        case malformed
        /// The value does not fit the Swift type (e.g. an `int8` into `Int16`).
        case outOfRange
        /// The result has no column of the requested name (`column` is then -1).
        case missingColumn
    }

    package var reason: Reason
    /// Zero-based row and column.
    package var row: Int
    package var column: Int
    package var columnName: String
    package var postgresType: PostgresDataType
    /// The requested Swift type, e.g. `Int16`.
    package var swiftType: String

    package var description: String { "a database value could not be read" }

    package var debugDescription: String {
        "cannot decode column \(column) \"\(columnName)\" (\(postgresType)) of row \(row) as \(swiftType): \(reason)"
    }
}
