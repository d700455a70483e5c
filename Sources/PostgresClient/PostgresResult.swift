internal import CLibPQ

/// The complete result of one statement, owning libpq's `PGresult` until it is released.
///
/// The `PGresult` pointer never leaves this class: rows and cells reach it through this object,
/// and `deinit` calls `PQclear`. libpq documents a `PGresult` as read-only once created and safe to
/// read from several threads (https://www.postgresql.org/docs/15/libpq-threading.html), hence the
/// `@unchecked Sendable`: a result may be handed from an event loop to a worker.
package final class PostgresResult: @unchecked Sendable, RandomAccessCollection {
    /// What kind of result libpq produced (`ExecStatusType`).
    package enum Status: Sendable, Hashable {
        case emptyQuery, commandOK, tuplesOK, copyOut, copyIn, copyBoth, singleTuple
        case pipelineSync, pipelineAborted, badResponse, nonfatalError, fatalError
    }

    let handle: OpaquePointer
    /// Number of rows.
    package let count: Int
    /// Number of columns.
    package let columnCount: Int
    package let status: Status

    /// Takes ownership of a `PGresult`; it is cleared when this object goes away.
    init(owning handle: OpaquePointer) {
        self.handle = handle
        count = Int(PQntuples(handle))
        columnCount = Int(PQnfields(handle))
        status = Status(PQresultStatus(handle))
    }

    deinit { PQclear(handle) }

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    /// The row at `index`; traps when out of range, like an array.
    package subscript(index: Int) -> PostgresRow {
        precondition(index >= 0 && index < count, "row \(index) out of range 0..<\(count)")
        return PostgresRow(result: self, index: index)
    }

    /// The command tag, e.g. `INSERT 0 3` or `SELECT 2`.
    package var commandTag: String { String(cString: PQcmdStatus(handle)) }

    /// Rows affected by INSERT, UPDATE, DELETE, MERGE, SELECT, MOVE, FETCH or COPY; `nil` for others.
    package var affectedRows: Int? {
        let text = String(cString: PQcmdTuples(handle))
        return text.isEmpty ? nil : Int(text)
    }

    /// The name of column `index` as the server reported it (case preserved).
    package func columnName(_ index: Int) -> String {
        precondition(index >= 0 && index < columnCount, "column \(index) out of range 0..<\(columnCount)")
        return String(cString: PQfname(handle, Int32(index)))
    }

    /// The PostgreSQL type of column `index`.
    package func columnType(_ index: Int) -> PostgresDataType {
        precondition(index >= 0 && index < columnCount, "column \(index) out of range 0..<\(columnCount)")
        return PostgresDataType(rawValue: PQftype(handle, Int32(index)))
    }

    /// The first column with exactly this name. Unlike `PQfnumber` this does not fold case, so the
    /// name is the one the server printed (`select 1 as "Total"` is found as `Total`).
    package func columnIndex(named name: String) -> Int? {
        (0..<columnCount).first { String(cString: PQfname(handle, Int32($0))) == name }
    }

    /// The server error this result carries, when its status is an error.
    package var serverError: PostgresServerError? {
        PostgresServerError(result: handle, statement: nil)
    }

    /// A cell's bytes and length straight from libpq's storage; `nil` for NULL.
    func withValue<R, E: Error>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R? {
        precondition(row >= 0 && row < count && column >= 0 && column < columnCount,
                     "cell (\(row), \(column)) out of range")
        if PQgetisnull(handle, Int32(row), Int32(column)) != 0 { return nil }
        let bytes = UnsafeRawBufferPointer(start: PQgetvalue(handle, Int32(row), Int32(column)),
                                           count: Int(PQgetlength(handle, Int32(row), Int32(column))))
        return try withExtendedLifetime(self) { () throws(E) -> R in try body(bytes) }
    }

    func isNull(row: Int, column: Int) -> Bool {
        PQgetisnull(handle, Int32(row), Int32(column)) != 0
    }
}

extension PostgresResult.Status {
    init(_ status: ExecStatusType) {
        switch status {
        case PGRES_EMPTY_QUERY: self = .emptyQuery
        case PGRES_COMMAND_OK: self = .commandOK
        case PGRES_TUPLES_OK: self = .tuplesOK
        case PGRES_COPY_OUT: self = .copyOut
        case PGRES_COPY_IN: self = .copyIn
        case PGRES_COPY_BOTH: self = .copyBoth
        case PGRES_SINGLE_TUPLE: self = .singleTuple
        case PGRES_PIPELINE_SYNC: self = .pipelineSync
        case PGRES_PIPELINE_ABORTED: self = .pipelineAborted
        case PGRES_NONFATAL_ERROR: self = .nonfatalError
        case PGRES_FATAL_ERROR: self = .fatalError
        default: self = .badResponse
        }
    }
}
