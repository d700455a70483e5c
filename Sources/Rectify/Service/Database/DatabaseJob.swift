import PostgresClient

/// The statements of one request, waiting for or running on a loop's database connection.
///
/// Lives on one loop thread. Its completion is called exactly once, on that thread, unless the
/// job was abandoned (the client went away), in which case it is never called: a queued job is
/// dropped, a running one finishes on its connection and its results are discarded, so the
/// connection is never reused in the middle of the protocol.
///
/// A job with a ``ResponseBudget`` runs its statements in single-row mode and takes each root
/// value as it arrives, counting its bytes: once the total passes the limit every value is
/// released and the rest are only measured, so a request never holds much more than the limit.
final class DatabaseJob {
    struct Outcome {
        var result: Result<[PostgresResult], DatabaseFailure>
        /// Per statement, the row single-row mode delivered (nil when none arrived, or when
        /// statements ran without a budget: their rows are in `result`).
        var rows: [PostgresRow?] = []
        /// Statements the job executed and prepared on its connection.
        var statementsExecuted = 0
        var statementsPrepared = 0
    }

    /// The bytes a response may take, and those it already has before any statement ran.
    struct ResponseBudget {
        let limit: Int
        /// The response's own bytes: keys, punctuation, values computed without SQL.
        let fixedBytes: Int
    }

    let statements: [PendingQuery.Statement]
    let budget: ResponseBudget?
    private var completion: ((Outcome) -> Void)?
    /// Set while the job waits in a loop's queue.
    var isQueued = false
    /// The values received so far, by statement (budgeted jobs only).
    private(set) var rows: [PostgresRow?]
    /// The response's size so far: `fixedBytes` plus each value received or measured.
    private(set) var responseBytes: Int

    init(statements: [PendingQuery.Statement], budget: ResponseBudget? = nil, completion: @escaping (Outcome) -> Void) {
        precondition(!statements.isEmpty, "a database job needs a statement")
        self.statements = statements
        self.budget = budget
        self.completion = completion
        rows = Array(repeating: nil, count: budget == nil ? 0 : statements.count)
        responseBytes = budget?.fixedBytes ?? 0
    }

    /// Whether anyone still waits for the outcome.
    var isAbandoned: Bool { completion == nil }

    /// Whether the response has grown past its budget's limit.
    var isOverBudget: Bool {
        guard let budget else { return false }
        return responseBytes > budget.limit
    }

    /// Takes the row single-row mode delivered for `statement`: column 0 the value (NULL when
    /// PostgreSQL withheld it or it is null), column 1 PostgreSQL's measure of its size.
    func receive(_ row: PostgresRow, statement: Int) {
        guard budget != nil, statement < rows.count else { return }
        let value = row[0]
        if value.isNull {
            // Withheld (over the limit by itself) or a real null: either way PostgreSQL's measure.
            let measured = row.count > 1 ? ((try? row[1].decode(Int?.self)) ?? nil) : nil
            responseBytes += measured ?? 4
        } else {
            responseBytes += value.withUnsafeBytes { $0.count } ?? 0
        }
        if isOverBudget {
            // Nothing of this response will be sent: release what it holds at once.
            for index in rows.indices { rows[index] = nil }
        } else if !value.isNull {
            rows[statement] = row
        }
    }

    func complete(_ outcome: Outcome) {
        guard let completion else { return }
        self.completion = nil
        var outcome = outcome
        if case .success = outcome.result, let budget, isOverBudget {
            outcome.result = .failure(.responseTooLarge(bytes: responseBytes, limit: budget.limit))
        } else {
            outcome.rows = rows
        }
        rows = []
        completion(outcome)
    }

    func fail(_ failure: DatabaseFailure) {
        complete(Outcome(result: .failure(failure)))
    }

    /// Gives the job up: its completion is released and never called.
    func abandon() {
        completion = nil
        rows = []
    }
}
