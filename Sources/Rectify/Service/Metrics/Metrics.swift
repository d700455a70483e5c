/// The service's figures for `/metrics`: lock-free counters any loop adds to, read on scrape.
///
/// One instance per server. Statement counts come from PostgresClient's process-wide
/// ``StatementCounter``, so they include every statement this process sent.
final class Metrics: Sendable {
    /// The status codes counted one by one; others are counted as `other`.
    /// 499 is a request whose client closed the connection before its answer (as nginx logs it).
    static let statusCodes = [200, 204, 400, 404, 405, 406, 408, 413, 414, 415, 431, 499, 500, 503]

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
