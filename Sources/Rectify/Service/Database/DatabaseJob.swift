import PostgresClient

/// The statements of one request, waiting for or running on a loop's database connection.
///
/// Lives on one loop thread. Its completion is called exactly once, on that thread, unless the
/// job was abandoned (the client went away), in which case it is never called: a queued job is
/// dropped, a running one finishes on its connection and its results are discarded, so the
/// connection is never reused in the middle of the protocol.
final class DatabaseJob {
    struct Outcome {
        var result: Result<[PostgresResult], DatabaseFailure>
        /// Statements the job executed and prepared on its connection.
        var statementsExecuted = 0
        var statementsPrepared = 0
    }

    let statements: [PendingQuery.Statement]
    private var completion: ((Outcome) -> Void)?
    /// Set while the job waits in a loop's queue.
    var isQueued = false

    init(statements: [PendingQuery.Statement], completion: @escaping (Outcome) -> Void) {
        precondition(!statements.isEmpty, "a database job needs a statement")
        self.statements = statements
        self.completion = completion
    }

    /// Whether anyone still waits for the outcome.
    var isAbandoned: Bool { completion == nil }

    func complete(_ outcome: Outcome) {
        guard let completion else { return }
        self.completion = nil
        completion(outcome)
    }

    func fail(_ failure: DatabaseFailure) {
        complete(Outcome(result: .failure(failure)))
    }

    /// Gives the job up: its completion is released and never called.
    func abandon() {
        completion = nil
    }
}
