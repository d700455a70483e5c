package import GraphQLLanguage
package import HTTPServer
package import QueryCompiler

/// Everything `rectify serve` can be told: where to listen, which database, the pool, the limits.
///
/// Built from the environment and flags by ``load(environment:arguments:)``; tests build one
/// directly. Each default is what `make run` serves with.
package struct ServiceConfiguration: Sendable {
    /// `HOST`, `--host`: the address to listen on.
    package var host = "127.0.0.1"
    /// `PORT`, `--port`: 0 picks a free port.
    package var port = 8080
    /// `RECTIFY_EVENT_LOOPS`: event loops (threads), one per core by default.
    package var eventLoopCount = HTTPServerConfiguration.onlineCores
    /// `DATABASE_URL`: the primary database.
    package var databaseURL: String
    /// `DATABASE_READ_URL`: a read replica; when set, serving connections use it.
    package var readDatabaseURL: String?
    /// `RECTIFY_POOL_SIZE`: database connections across all loops (at least one per loop);
    /// nil means two per core.
    package var poolSize: Int?
    /// `RECTIFY_STATEMENT_TIMEOUT_MS`: PostgreSQL's `statement_timeout` for serving sessions.
    package var statementTimeoutMilliseconds = 5000
    /// `RECTIFY_CONNECT_TIMEOUT_MS`: how long one connection attempt may take.
    package var connectTimeoutMilliseconds = 5000
    /// `RECTIFY_QUEUE_LIMIT`: requests a loop holds while all its connections are busy; beyond
    /// it requests are refused with `SERVER_BUSY`.
    package var queueLimitPerLoop = 256
    /// `RECTIFY_TIME_ZONE`: the session `TimeZone`, which `DateTime` values are written in.
    package var timeZone = "UTC"
    /// `RECTIFY_CORS_ORIGINS`: `*` (the default: dashboards run in browsers on other origins),
    /// a comma-separated list of origins, or `none`.
    package var corsOrigins: CORSPolicy.Origins? = .any
    /// `RECTIFY_MAX_DEPTH`, `RECTIFY_MAX_FIELDS`, … (see ``QueryLimits``).
    package var limits = QueryLimits()
    /// `RECTIFY_MAX_TOKENS`, `RECTIFY_MAX_NESTING`: the parser's limits.
    package var parseOptions = ParseOptions()
    /// `RECTIFY_MAX_BODY_BYTES`: the largest request body (413 beyond).
    package var maxBodyBytes = 1024 * 1024
    /// `RECTIFY_MAX_RESPONSE_BYTES`: the largest answer the server builds (32 MiB by default);
    /// beyond it a request fails with `RESPONSE_TOO_LARGE` instead of the server holding the
    /// answer in memory (see ``ResponseSizeGuard``).
    package var maxResponseBytes = 32 << 20
    /// `RECTIFY_ACCESS_LOG=0` turns the per-request log line off.
    package var accessLog = true
    /// `RECTIFY_SCHEMA`: the SDL file served.
    package var schemaPath = "schema.graphql"
    /// `RECTIFY_DEBUG=1`: each response's `extensions.debug` tells the statements it cost and
    /// whether the caches answered. Off in production: it reveals how the server works.
    package var debugExtensions = false
    /// `RECTIFY_DOCUMENT_CACHE`, `RECTIFY_PLAN_CACHE`: entries per loop.
    package var documentCacheCapacity = 1000
    package var planCacheCapacity = 1000
    /// How long a graceful shutdown waits for requests in flight.
    package var shutdownTimeout: Duration = .seconds(10)

    package init(databaseURL: String) {
        self.databaseURL = databaseURL
    }

    /// The URL serving connections use.
    package var servingDatabaseURL: String { readDatabaseURL ?? databaseURL }

    /// The connections each loop keeps: the total spread evenly, at least one per loop.
    package func connectionsPerLoop() -> [Int] {
        let loops = max(1, eventLoopCount)
        let total = max(poolSize ?? 2 * HTTPServerConfiguration.onlineCores, loops)
        return (0..<loops).map { total / loops + ($0 < total % loops ? 1 : 0) }
    }

    /// The HTTP server's part of the configuration.
    var httpConfiguration: HTTPServerConfiguration {
        var http = HTTPServerConfiguration()
        http.host = host
        http.port = port
        http.eventLoopCount = max(1, eventLoopCount)
        http.maxBodyBytes = maxBodyBytes
        http.accessLog = accessLog
        http.cors = corsOrigins.map { CORSPolicy(allowedOrigins: $0) }
        return http
    }
}
