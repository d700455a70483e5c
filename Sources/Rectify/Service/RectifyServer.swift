package import HTTPServer

/// The Rectify service: the GraphQL endpoint and its companion routes on an ``HTTPServer``,
/// each event loop with its own caches and database connections.
///
/// ```swift
/// let server = try RectifyServer(configuration: configuration)   // loads and checks the schema
/// let address = try server.start()                                // port 0 → the real port
/// …
/// await server.shutdown()
/// ```
///
/// Routes: `/graphql` (``GraphQLRoute``), `/health` (``HealthRoute``), `/schema.graphql`
/// (``SchemaRoute``), `/metrics` (``MetricsRoute``).
package final class RectifyServer: Sendable {
    package let configuration: ServiceConfiguration
    let service: GraphQLService
    let metrics = Metrics()
    private let loops: EventLoopLocal<LoopService>
    private let settings: DatabaseSettings
    private let http: HTTPServer

    /// Loads the schema from ``ServiceConfiguration/schemaPath`` and checks it and the database
    /// URL; nothing is connected until ``start()``.
    package convenience init(configuration: ServiceConfiguration) throws(ServiceStartError) {
        let service = try ServiceSchema.load(path: configuration.schemaPath, limits: configuration.limits,
                                             parseOptions: configuration.parseOptions)
        try self.init(configuration: configuration, service: service)
    }

    init(configuration: ServiceConfiguration, service: GraphQLService) throws(ServiceStartError) {
        self.configuration = configuration
        self.service = service
        do {
            settings = try DatabaseSettings(
                url: configuration.servingDatabaseURL,
                statementTimeoutMilliseconds: configuration.statementTimeoutMilliseconds,
                connectTimeoutMilliseconds: configuration.connectTimeoutMilliseconds,
                timeZone: configuration.timeZone,
                queueLimit: configuration.queueLimitPerLoop)
        } catch {
            throw .invalidDatabaseURL(reason: error.description)
        }
        var httpConfiguration = configuration.httpConfiguration
        httpConfiguration.onResponse = { [metrics] status in metrics.countResponse(status: status) }
        loops = EventLoopLocal(count: httpConfiguration.eventLoopCount)
        let context = RouteContext(loops: loops, metrics: metrics, service: service, debugExtensions: configuration.debugExtensions)
        var router = HTTPRouter()
        let graphQL = GraphQLRoute(context: context)
        router.add(.get, "/graphql", graphQL)
        router.add(.post, "/graphql", graphQL)
        router.add(.get, "/health", HealthRoute(context: context, timeout: .seconds(2)))
        router.add(.get, "/schema.graphql", SchemaRoute(context: context))
        router.add(.get, "/metrics", MetricsRoute(context: context))
        http = HTTPServer(configuration: httpConfiguration, handler: router)
    }

    /// Binds, starts the loops (each opens its database connections without waiting for them)
    /// and returns the bound address.
    @discardableResult
    package func start() throws(ServiceStartError) -> SocketAddress {
        let sizes = configuration.connectionsPerLoop()
        let (loops, settings, metrics, service, configuration) = (self.loops, self.settings, self.metrics, self.service, self.configuration)
        do {
            return try http.start { loop in
                let database = LoopDatabase(loop: loop, settings: settings, metrics: metrics, size: sizes[loop.index % sizes.count])
                let pipeline = RequestPipeline(service: service, metrics: metrics,
                                               documentCacheCapacity: configuration.documentCacheCapacity,
                                               planCacheCapacity: configuration.planCacheCapacity,
                                               maximumResponseBytes: configuration.maxResponseBytes)
                loops.set(LoopService(pipeline: pipeline, database: database), on: loop)
                database.start()
            }
        } catch {
            throw .cannotListen(error)
        }
    }

    /// Shuts down gracefully: stops accepting, lets requests in flight finish (up to
    /// `timeout`), closes each loop's database connections once they are idle, and returns when
    /// every loop has stopped.
    package func shutdown(timeout: Duration = .seconds(10)) async {
        beginShutdown(timeout: timeout)
        await http.shutdown(timeout: timeout)
    }

    /// Starts a graceful shutdown and returns at once.
    package func beginShutdown(timeout: Duration) {
        http.beginShutdown(timeout: timeout)
        for loop in http.eventLoops {
            loop.execute { [loops] in loops.value(on: loop)?.database.close() }
        }
    }

    /// Serves until SIGTERM or SIGINT, then shuts down gracefully: the life of `rectify serve`.
    /// `onStart` runs once the port is bound (to print the URL).
    package func run(onStart: (SocketAddress) -> Void) throws(ServiceStartError) {
        let address = try start()
        onStart(address)
        do {
            try http.shutdownOnSignals(timeout: configuration.shutdownTimeout)
        } catch {
            throw .cannotListen(error)
        }
        http.wait()
    }

    /// The loops, for tests.
    var eventLoops: [EventLoop] { http.eventLoops }
}
