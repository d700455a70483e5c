internal import CLibPQ

extension PostgresConnection {
    /// Executes a named prepared statement, preparing it first if this session has not yet.
    ///
    /// A statement the server no longer knows (`26000 invalid_sql_statement_name`, e.g. after
    /// `DEALLOCATE ALL` or `DISCARD ALL`) is prepared again and run once more, unless the failure
    /// aborted an open transaction (then only a rollback helps, and the error is thrown).
    @discardableResult
    package func query(_ statement: PostgresStatement, _ parameters: PostgresParameters = []) throws(PostgresError) -> PostgresResult {
        try prepareIfNeeded(statement, types: statement.preparationTypes(for: parameters))
        preparedStatements.touch(statement)
        do {
            return try executePrepared(statement, parameters)
        } catch .server(let error) where error.sqlState == .invalidSQLStatementName
            && transactionStatus != .failedTransaction {
            preparedStatements.remove(statement)
            try prepareIfNeeded(statement, types: statement.preparationTypes(for: parameters))
            return try executePrepared(statement, parameters)
        }
    }

    /// Prepares `statement` on this session unless it already is (`PQprepare`).
    package func prepare(_ statement: PostgresStatement) throws(PostgresError) {
        try prepareIfNeeded(statement, types: statement.parameterTypes)
    }

    /// Whether this session has prepared `statement` (as far as this client knows).
    package func isPrepared(_ statement: PostgresStatement) -> Bool {
        preparedStatements.contains(statement)
    }

    /// Number of statements this session has prepared and kept.
    package var preparedStatementCount: Int { preparedStatements.count }

    private func prepareIfNeeded(_ statement: PostgresStatement, types: [PostgresDataType]) throws(PostgresError) {
        guard !preparedStatements.contains(statement) else { return }
        deallocateLeastRecentlyUsed(toAdmit: [statement.name])
        let oids = types.map(\.rawValue)
        let result = oids.withUnsafeBufferPointer { buffer in
            PQprepare(handle, statement.name, statement.sql, Int32(oids.count), buffer.baseAddress)
        }
        countPreparation()
        do {
            _ = try checkedResult(result, statement: statement.sql)
        } catch .server(let error) where error.sqlState == .duplicatePreparedStatement {
            // Prepared on this session before this client tracked it; the name encodes the SQL.
        }
        preparedStatements.insert(statement)
    }

    private func executePrepared(_ statement: PostgresStatement, _ parameters: PostgresParameters) throws(PostgresError) -> PostgresResult {
        let result = try withLibpqParameters(parameters) { count, _, values in
            PQexecPrepared(handle, statement.name, count, values, nil, nil, 0)
        }
        countExecution()
        return try checkedResult(result, statement: statement.sql)
    }

    /// Deallocates the least recently used statements when preparing `incoming` would take the
    /// session past ``preparedStatementCapacity``. Only outside a transaction block, where a
    /// failing `DEALLOCATE` (a statement the server already forgot) cannot abort anything; its
    /// outcome is ignored, as the statements are forgotten by this client either way.
    func deallocateLeastRecentlyUsed(toAdmit incoming: Set<String>) {
        guard transactionStatus == .idle else { return }
        let victims = preparedStatements.evict(toAdmit: incoming.count, keeping: incoming)
        guard !victims.isEmpty else { return }
        PQclear(PQexec(handle, victims.map(PostgresStatement.deallocation(of:)).joined(separator: "; ")))
    }
}
