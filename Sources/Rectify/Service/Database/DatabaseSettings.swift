import PostgresClient

/// How the serving connections connect and behave, derived once from the configuration.
struct DatabaseSettings: Sendable {
    /// Where to connect, with the session settings every serving connection starts with.
    let configuration: PostgresConfiguration
    let statementTimeoutMilliseconds: Int
    let connectTimeout: Duration
    /// Jobs a loop holds while all its connections are busy.
    let queueLimit: Int
    /// Statements a connection keeps prepared; past it the least recently used are deallocated
    /// (``PostgresConnection/preparedStatementCapacity``), so a client inventing ever new queries
    /// cannot grow a backend's memory without bound, and the connection stays.
    let maximumPreparedStatements = 2000
    /// A connection that received a larger answer than this is replaced once idle: libpq keeps
    /// its input buffer at the largest message it ever read, so each connection would otherwise
    /// hold on to the biggest answer's size for good.
    let recycleAfterResponseBytes = 4 << 20
    /// Reconnect delays: doubling from the first to the last after each failed attempt.
    let reconnectDelays: (first: Duration, last: Duration) = (.milliseconds(50), .seconds(2))

    /// `statement_timeout`, `default_transaction_read_only` and the time zone go in the startup
    /// packet's `options` (`-c name=value`), so they hold from the first statement and no SQL
    /// text is ever assembled from configuration values.
    init(url: String, statementTimeoutMilliseconds: Int, connectTimeoutMilliseconds: Int, timeZone: String, queueLimit: Int) throws(PostgresError) {
        var configuration = try PostgresConfiguration(url: url)
        let given = configuration.settings["options"].map { $0 + " " } ?? ""
        configuration = configuration.with(
            "options", given + "-c statement_timeout=\(statementTimeoutMilliseconds) -c default_transaction_read_only=on")
        if configuration.settings["application_name"] == nil {
            configuration = configuration.with("application_name", "rectify-serve")
        }
        configuration.timeZone = timeZone
        self.configuration = configuration
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        self.connectTimeout = .milliseconds(connectTimeoutMilliseconds)
        self.queueLimit = queueLimit
    }

    /// How long a job may wait on its connection before the connection is given up for dead: the
    /// server's own timeout for each statement, plus a margin for the network.
    func jobDeadline(statements: Int) -> Duration {
        .milliseconds(statementTimeoutMilliseconds * max(1, statements)) + .seconds(2)
    }
}
