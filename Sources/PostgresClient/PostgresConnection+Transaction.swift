extension PostgresConnection {
    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// Nested calls (a `transaction` inside another's body, or inside a transaction opened with
    /// SQL `BEGIN`) use savepoints (https://www.postgresql.org/docs/15/sql-savepoint.html): an
    /// inner failure rolls back to the savepoint and rethrows, leaving the outer transaction
    /// usable if the caller catches the error.
    ///
    /// A body that returns normally after one of its statements failed (error caught and ignored)
    /// cannot be committed: PostgreSQL answers `COMMIT` in a failed transaction with a rollback.
    /// That case rolls back and throws ``PostgresError/transactionAborted`` rather than pretending
    /// the writes happened.
    @discardableResult
    package func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        switch transactionStatus {
        case .idle:
            return try runTransaction(begin: "BEGIN", commit: "COMMIT", rollback: "ROLLBACK", body)
        case .inTransaction:
            let savepoint = "rectify_savepoint_\(transactionDepth + 1)"
            return try runTransaction(begin: "SAVEPOINT \(savepoint)", commit: "RELEASE SAVEPOINT \(savepoint)",
                                      rollback: "ROLLBACK TO SAVEPOINT \(savepoint)", body)
        case .failedTransaction:
            throw PostgresError.transactionAborted
        case .active:
            throw PostgresError.client(reason: "a statement is in progress on this connection")
        case .unknown:
            throw PostgresError.connectionLost(reason: errorMessage, serverError: nil)
        }
    }

    private func runTransaction<T>(begin: String, commit: String, rollback: String,
                                   _ body: (PostgresConnection) throws -> T) throws -> T {
        try query(begin)
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        let value: T
        do {
            value = try body(self)
        } catch {
            // The body's error is the one worth reporting; a failed rollback (connection gone)
            // leaves the server to roll back when the session ends.
            _ = try? query(rollback)
            if rollback.hasPrefix("ROLLBACK TO") { _ = try? query(commit) }
            throw error
        }
        if transactionStatus == .failedTransaction {
            _ = try? query(rollback)
            if rollback.hasPrefix("ROLLBACK TO") { _ = try? query(commit) }
            throw PostgresError.transactionAborted
        }
        try query(commit)
        return value
    }
}
