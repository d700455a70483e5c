/// Writes rows of a `COPY … FROM STDIN` in PostgreSQL's text format, buffered.
///
/// Text format (https://www.postgresql.org/docs/15/sql-copy.html#id-1.9.3.55.9.2): columns
/// separated by tabs, rows ended by newlines, NULL spelled `\N`, and backslash, tab, newline and
/// carriage return inside values escaped with a backslash. Values use the same text input syntax
/// as parameters, so ``PostgresBind`` values (numeric, dates, timestamps, JSON) work unchanged.
///
/// Noncopyable, and only lent to the body of ``PostgresConnection/copyFromStdin(_:_:)`` as
/// `inout`, so it cannot outlive the COPY it writes to.
package struct PostgresCopyWriter: ~Copyable {
    private let connection: PostgresConnection
    private var buffer: [UInt8] = []
    /// Bytes collected before they are handed to libpq in one `PQputCopyData` call.
    private let chunkSize = 256 * 1024
    /// Rows written so far.
    package private(set) var rowsWritten = 0

    init(connection: PostgresConnection) {
        self.connection = connection
        buffer.reserveCapacity(chunkSize + 4096)
    }

    /// Appends one row; the values must match the COPY's column list in number and order.
    package mutating func append(_ row: PostgresParameters) throws(PostgresError) {
        for (index, bind) in row.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            guard let text = bind.text else {
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "N"))
                continue
            }
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "t"))
                case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "r"))
                case 0: throw PostgresError.invalidParameter(position: index + 1, reason: "text contains a NUL byte, which PostgreSQL text cannot hold")
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(UInt8(ascii: "\n"))
        rowsWritten += 1
        if buffer.count >= chunkSize { try flush() }
    }

    /// Appends bytes already in COPY text format (whole rows, each ending in a newline).
    package mutating func appendFormatted(_ bytes: some Sequence<UInt8>) throws(PostgresError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunkSize { try flush() }
    }

    /// Sends what is buffered.
    mutating func flush() throws(PostgresError) {
        guard !buffer.isEmpty else { return }
        // Array's withUnsafeBytes rethrows untyped errors, so the typed one is carried out as a value.
        let failure: PostgresError? = buffer.withUnsafeBytes { bytes in
            do throws(PostgresError) { try connection.putCopyData(bytes) } catch { return error }
            return nil
        }
        if let failure { throw failure }
        buffer.removeAll(keepingCapacity: true)
    }
}
