import PostgresClient

/// The service's figures for `/metrics`: lock-free counters any loop adds to, read on scrape.
///
/// One instance per server. Statement counts come from PostgresClient's process-wide
/// ``StatementCounter``, so they include every statement this process sent.
final class Metrics: Sendable {
    /// The status codes counted one by one; others are counted as `other`.
    static let statusCodes = [200, 204, 400, 404, 405, 406, 413, 415, 500, 503]

    let responsesByStatus: [Counter] = (0...Metrics.statusCodes.count).map { _ in Counter() }
    let graphQLLatency = LatencyHistogram()

    let documentCacheHits = Counter()
    let documentCacheMisses = Counter()
    let planCacheHits = Counter()
    let planCacheMisses = Counter()

    /// Database connections running a query, and connected but waiting for one (gauges).
    let connectionsBusy = Counter()
    let connectionsIdle = Counter()
    /// Requests waiting for a connection (gauge).
    let queuedJobs = Counter()

    let databaseErrors: [Counter] = DatabaseErrorKind.allCases.map { _ in Counter() }

    init() {}

    func countResponse(status: Int) {
        let index = Metrics.statusCodes.firstIndex(of: status) ?? Metrics.statusCodes.count
        responsesByStatus[index].add()
    }

    func countDatabaseError(_ kind: DatabaseErrorKind) {
        databaseErrors[kind.index].add()
    }
}

/// The kinds of database trouble `/metrics` counts separately.
enum DatabaseErrorKind: String, CaseIterable, Sendable {
    /// A connection attempt failed or timed out.
    case connectFailed = "connect_failed"
    /// An open connection broke.
    case connectionLost = "connection_lost"
    /// A request failed fast because no connection was up.
    case unavailable
    /// A statement ran into `statement_timeout`.
    case statementTimeout = "statement_timeout"
    /// A request was refused because every connection was busy and the queue full.
    case busy
    /// PostgreSQL rejected a statement for another reason.
    case queryFailed = "query_failed"

    var index: Int { DatabaseErrorKind.allCases.firstIndex(of: self)! }
}
