import HTTPServer
import PostgresClient

/// `GET /health`: 200 `{"status":"ok"}` when the loop's database machinery answers `select 1`
/// within ``timeout``, else 503 `{"status":"unavailable"}`, for load balancers and probes.
///
/// The ping travels the same path as a query (the loop's connections, its queue, its outage
/// fast-fail), so "ok" means requests on this loop can reach PostgreSQL right now.
struct HealthRoute: HTTPHandler {
    let context: RouteContext
    let timeout: Duration

    private static let ok = Array(#"{"status":"ok"}"#.utf8)
    private static let unavailable = Array(#"{"status":"unavailable"}"#.utf8)

    func handle(_ request: HTTPRequest, _ responder: HTTPResponder) {
        guard let local = context.local(responder) else {
            context.send(RouteContext.json(Self.unavailable, status: .serviceUnavailable), responder)
            return
        }
        let check = Check()
        let context = self.context
        let job = DatabaseJob(statements: [.sql("select 1")]) { outcome in
            check.timer?.cancel()
            if case .success = outcome.result {
                context.send(RouteContext.json(Self.ok, status: .ok), responder)
            } else {
                context.send(RouteContext.json(Self.unavailable, status: .serviceUnavailable), responder)
            }
        }
        check.timer = responder.eventLoop.schedule(after: timeout) { [weak job] in
            guard let job, !job.isAbandoned else { return }
            local.database.abandon(job)
            context.send(RouteContext.json(Self.unavailable, status: .serviceUnavailable), responder)
        }
        responder.onCancel { [weak job] in
            check.timer?.cancel()
            if let job { local.database.abandon(job) }
        }
        local.database.submit(job)
    }

    /// The timer of one health check, shared by its completion and its timeout.
    private final class Check {
        var timer: EventLoop.Timer?
    }
}
