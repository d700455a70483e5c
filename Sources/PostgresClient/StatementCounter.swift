import Synchronization

/// Process-wide counts of statements sent to PostgreSQL, for tests and metrics.
///
/// End-to-end tests assert that one GraphQL request costs a fixed number of statements whatever
/// the number of rows or the nesting depth; this is where they read it. Every statement execution
/// counts once, synchronous or asynchronous (`PQexecParams`, `PQexecPrepared`, `PQexec` of a script,
/// the `PQsend…` family, `COPY`, and the `BEGIN`/`COMMIT`/`SAVEPOINT` a transaction sends).
/// Preparing a statement is counted separately, so a test's count does not depend on whether a
/// statement was already prepared on the connection it happened to get. Health-check pings are not
/// counted. Each connection also counts its own (``PostgresConnection/statementsExecuted``), which
/// parallel tests can rely on where the process-wide figure would be disturbed.
package enum StatementCounter {
    private static let executedCount = Atomic<Int>(0)
    private static let preparedCount = Atomic<Int>(0)

    /// Statements executed since the process started.
    package static var executed: Int { executedCount.load(ordering: .relaxed) }
    /// Statements prepared (`PQprepare`, `PQsendPrepare`) since the process started.
    package static var prepared: Int { preparedCount.load(ordering: .relaxed) }

    static func countExecution() { executedCount.add(1, ordering: .relaxed) }
    static func countPreparation() { preparedCount.add(1, ordering: .relaxed) }
}
