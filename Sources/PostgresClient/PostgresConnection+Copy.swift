internal import CLibPQ

extension PostgresConnection {
    /// Bulk-loads rows with `COPY … FROM STDIN`, streaming what `body` writes (blocking).
    ///
    /// `copyStatement` is trusted SQL written by the team (`COPY finding (id, title) FROM STDIN`):
    /// COPY takes no parameters, and the data itself never touches SQL text; it travels as COPY
    /// data in PostgreSQL's text format (https://www.postgresql.org/docs/15/sql-copy.html). The
    /// writer buffers rows and hands them to libpq (`PQputCopyData`) in large chunks.
    ///
    /// When `body` throws, the COPY is aborted (`PQputCopyEnd` with a message: nothing is loaded)
    /// and the body's error is rethrown. Bad data (a value the column cannot parse) fails the whole
    /// COPY with the server's error when it ends. Returns the number of rows copied.
    @discardableResult
    package func copyFromStdin(_ copyStatement: String, _ body: (inout PostgresCopyWriter) throws -> Void) throws -> Int {
        let start = PQexec(handle, copyStatement)
        countExecution()
        guard let start else { throw failure(statement: copyStatement) }
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            // An error, or not a COPY FROM STDIN: the normal check reports it (and leaves any
            // COPY TO STDOUT state); a statement that succeeded is still the wrong kind.
            _ = try checkedResult(start, statement: copyStatement)
            throw PostgresError.client(reason: "copyFromStdin needs a COPY … FROM STDIN statement")
        }
        PQclear(start)
        var writer = PostgresCopyWriter(connection: self)
        do {
            try body(&writer)
            try writer.flush()
        } catch {
            _ = PQputCopyEnd(handle, "COPY aborted by the client")
            while let result = PQgetResult(handle) { PQclear(result) }
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw failure(statement: copyStatement) }
        var outcome: PostgresResult?
        var firstError: PostgresError?
        while let result = PQgetResult(handle) {
            do {
                outcome = try checkedResult(result, statement: copyStatement)
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        return outcome?.affectedRows ?? writer.rowsWritten
    }

    /// Hands COPY data to libpq (blocking mode: returns when libpq has queued or sent it).
    func putCopyData(_ bytes: UnsafeRawBufferPointer) throws(PostgresError) {
        guard !bytes.isEmpty else { return }
        let sent = PQputCopyData(handle, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        guard sent == 1 else { throw failure(statement: nil) }
    }
}
