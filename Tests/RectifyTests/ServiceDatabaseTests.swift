import Foundation
import GraphQLLanguage
import PostgresClient
@testable import Rectify
import Testing

/// The service against a database that is slow, locked, unreachable, or restarted: clear errors
/// with their codes, nothing hangs, and the server recovers by itself.
@Suite struct ServiceDatabaseTests {
    static let gqlr = "application/graphql-response+json"
    static let inUse = #"rectify_database_connections{state="in_use"}"#
    static let queued = "rectify_database_queued_requests"

    /// A seeded database of these tests' own, so locking its tables disturbs no other suite.
    static let lockable: Result<PostgresConfiguration, SeedDatabaseError> = {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"] else {
            return .failure(SeedDatabaseError("DATABASE_URL is not set: run the tests through `make test`"))
        }
        do {
            let server = try PostgresConfiguration(url: url)
            return .success(try SeedDatabase.seed(database: "rectify_service_locks", on: server))
        } catch {
            return .failure(SeedDatabaseError("could not seed rectify_service_locks: \(String(reflecting: error))"))
        }
    }()

    /// Holds an exclusive lock on `table` (statements reading it wait) until `body` returns.
    static func withLock<T>(on table: String, _ body: () throws -> T) throws -> T {
        let connection = try PostgresConnection(configuration: lockable.get())
        try connection.query("begin")
        try connection.query("lock table \(table) in access exclusive mode")
        defer { _ = try? connection.query("rollback") }
        return try body()
    }

    @Test func reportsAStatementTimeoutWithItsLimit() throws {
        let service = try TestService(database: Self.lockable.get()) { $0.statementTimeoutMilliseconds = 300 }
        defer { service.stop() }
        let started = ContinuousClock.now
        let response = try Self.withLock(on: "findings") {
            try service.graphQL("{ findings { totalCount } }", accept: Self.gqlr)
        }
        #expect(ContinuousClock.now - started < .seconds(3))
        // Execution began and failed: data is null, status 200 (GraphQL over HTTP).
        #expect(response.status == 200, "\(response)")
        let json = try response.json()
        #expect(json.keys == ["errors", "data"])
        #expect(json["data"] == .null)
        #expect(try ServiceHarness.codes(response) == ["STATEMENT_TIMEOUT"])
        #expect(try ServiceHarness.messages(response).first?.contains("300 ms") == true)
        // Nothing about PostgreSQL reaches the client.
        #expect(!response.text.contains("canceling statement"))
        #expect(!response.text.lowercased().contains("select"))
        // The connection is fine afterwards.
        let after = try service.data("{ findings { totalCount } }")
        #expect(after[.key("findings"), .key("totalCount")]?.int == 51)
        let metrics = try service.get("/metrics").text
        #expect(metrics.contains(#"rectify_database_errors_total{kind="statement_timeout"} 1"#))
    }

    @Test func aClientLeavingMidQueryDoesNotBreakTheNextRequest() throws {
        // One loop, one connection: the abandoned query and the next one must share it.
        let service = try TestService(database: Self.lockable.get()) { configuration in
            configuration.eventLoopCount = 1
            configuration.poolSize = 1
        }
        defer { service.stop() }
        let query = HTTPTestClient.requestBytes(method: "POST", target: "/graphql", headers: [("Content-Type", "application/json")],
                                                body: HTTPTestClient.body("{ units { totalCount } }"))
        let waiting = try HTTPTestConnection(port: service.port)
        try Self.withLock(on: "units") {
            // Running (blocked on the lock) when its client resets the connection.
            let running = try HTTPTestConnection(port: service.port)
            try running.send(query)
            try #require(try service.waitForMetric(Self.inUse, 1))
            running.reset()
            // Queued behind it when its client resets too: it leaves the queue.
            let queued = try HTTPTestConnection(port: service.port)
            try queued.send(query)
            try #require(try service.waitForMetric(Self.queued, 1))
            queued.reset()
            try #require(try service.waitForMetric(Self.queued, 0))
            // And one that waits for its answer.
            try waiting.send(query)
            try #require(try service.waitForMetric(Self.queued, 1))
        }
        let answer = try waiting.readResponse()
        #expect(try answer.json()[.key("data"), .key("units"), .key("totalCount")]?.int ?? 0 > 0, "\(answer)")
        for _ in 0..<3 {
            let data = try service.data("{ units { totalCount } findings { totalCount } }")
            #expect(data[.key("findings"), .key("totalCount")]?.int == 51)
        }
    }

    @Test func refusesWithServerBusyWhenTheQueueIsFull() throws {
        let service = try TestService(database: Self.lockable.get()) { configuration in
            configuration.eventLoopCount = 1
            configuration.poolSize = 1
            configuration.queueLimitPerLoop = 1
        }
        defer { service.stop() }
        #expect(try service.waitForHealth(200, within: .seconds(5)))
        let query = HTTPTestClient.requestBytes(method: "POST", target: "/graphql",
                                                headers: [("Content-Type", "application/json"), ("Accept", Self.gqlr)],
                                                body: HTTPTestClient.body("{ people { totalCount } }"))
        let (running, queued) = (try HTTPTestConnection(port: service.port), try HTTPTestConnection(port: service.port))
        let refused = try Self.withLock(on: "people") {
            try running.send(query)
            try #require(try service.waitForMetric(Self.inUse, 1))
            try queued.send(query)
            try #require(try service.waitForMetric(Self.queued, 1))
            return try HTTPTestClient.request(port: service.port, method: "POST", target: "/graphql",
                                              headers: [("Content-Type", "application/json"), ("Accept", Self.gqlr)],
                                              body: HTTPTestClient.body("{ people { totalCount } }"))
        }
        #expect(refused.status == 503, "\(refused)")
        #expect(refused.header("Retry-After") == "1")
        #expect(try ServiceHarness.codes(refused) == ["SERVER_BUSY"])
        // The running and the queued request are answered once the lock is gone.
        #expect(try running.readResponse().status == 200)
        #expect(try queued.readResponse().status == 200)
    }

    @Test func failsFastAndReportsUnhealthyWhenTheDatabaseIsDown() throws {
        // Nothing listens on port 1: every connection attempt is refused.
        let dead = try PostgresConfiguration(url: "postgresql://rectify@127.0.0.1:1/rectify")
        let service = try TestService(database: dead) { $0.connectTimeoutMilliseconds = 1000 }
        defer { service.stop() }
        let started = ContinuousClock.now
        let strict = try service.graphQL("{ findings { totalCount } }", accept: Self.gqlr)
        #expect(strict.status == 503, "\(strict)")
        #expect(strict.header("Retry-After") == "1")
        #expect(try strict.json()["data"] == nil)
        #expect(try ServiceHarness.codes(strict) == ["DATABASE_UNAVAILABLE"])
        #expect(try ServiceHarness.messages(strict) == ["The database is unavailable; try again shortly."])
        #expect(!strict.text.contains("127.0.0.1") && !strict.text.contains("refused"))
        let legacy = try service.graphQL("{ findings { totalCount } }")
        #expect(legacy.status == 200)
        #expect(try ServiceHarness.codes(legacy) == ["DATABASE_UNAVAILABLE"])
        let health = try service.get("/health")
        #expect(health.status == 503)
        #expect(health.text == #"{"status":"unavailable"}"#)
        #expect(ContinuousClock.now - started < .seconds(5))
        // Requests that need no database still work.
        #expect(try service.graphQL("{ __typename }").status == 200)
    }

    @Test func recoversByItselfWhenPostgreSQLComesBack() throws {
        let cluster = try ScratchPostgres()
        defer { cluster.remove() }
        let database = try SeedDatabase.seed(database: "rectify_service_recovery", on: cluster.configuration)
        let service = try TestService(database: database) { $0.connectTimeoutMilliseconds = 2000 }
        defer { service.stop() }
        #expect(try service.waitForHealth(200, within: .seconds(10)))
        #expect(try service.data("{ findings { totalCount } }")[.key("findings"), .key("totalCount")]?.int == 51)

        try cluster.stop()
        #expect(try service.waitForHealth(503, within: .seconds(10), inARow: 10))
        let down = try service.graphQL("{ findings { totalCount } }", accept: Self.gqlr)
        #expect(down.status == 503, "\(down)")
        #expect(try ServiceHarness.codes(down) == ["DATABASE_UNAVAILABLE"])

        try cluster.start()
        #expect(try service.waitForHealth(200, within: .seconds(15), inARow: 10))
        // Every loop is back: a handful of requests on fresh connections all succeed.
        for _ in 0..<6 {
            #expect(try service.data("{ findings { totalCount } }")[.key("findings"), .key("totalCount")]?.int == 51)
        }
        let metrics = try service.get("/metrics").text
        #expect(!metrics.contains(#"rectify_database_errors_total{kind="connect_failed"} 0"#))
    }

    @Test func aFailingStatementIsAnInternalErrorThatRevealsNothing() throws {
        // A database whose funds table lost a column the mapping expects.
        let server = try PostgresConfiguration(url: ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "")
        let broken = try SeedDatabase.seed(database: "rectify_service_broken", on: server)
        try PostgresConnection(configuration: broken).query("alter table funds rename column source_text to source_words")
        let service = try TestService(database: broken)
        defer { service.stop() }
        for accept in [Self.gqlr, "application/json"] {
            let response = try service.graphQL("{ funds { nodes { sourceText } } }", accept: accept)
            #expect(response.status == 200, "\(response)")
            #expect(try response.json().keys == ["errors", "data"])
            #expect(try response.json()["data"] == .null)
            #expect(try ServiceHarness.codes(response) == ["INTERNAL_SERVER_ERROR"])
            #expect(try ServiceHarness.messages(response) == ["The query could not be executed."])
            for secret in ["source_text", "column", "funds", "select", "42703", "rectify_service_broken"] {
                #expect(!response.text.lowercased().contains(secret), "\(secret) leaked: \(response)")
            }
        }
        // The connection survives a failed statement.
        #expect(try service.data("{ findings { totalCount } }")[.key("findings"), .key("totalCount")]?.int == 51)
    }

    @Test func servingSessionsStartReadOnlyWithTheirTimeoutAndTimeZone() throws {
        let settings = try DatabaseSettings(url: ServiceHarness.conninfo(Self.lockable.get()), statementTimeoutMilliseconds: 1234,
                                            connectTimeoutMilliseconds: 1000, timeZone: "Asia/Shanghai", queueLimit: 1)
        let session = try PostgresConnection(configuration: settings.configuration)
        let row = try session.query(
            "select current_setting('statement_timeout'), current_setting('default_transaction_read_only'), current_setting('TimeZone'), current_setting('application_name')")[0]
        #expect(try row.decode(String.self, at: 0) == "1234ms")
        #expect(try row.decode(String.self, at: 1) == "on")
        #expect(try row.decode(String.self, at: 2) == "Asia/Shanghai")
        #expect(try row.decode(String.self, at: 3) == "rectify-serve")
        #expect(throws: PostgresError.self) { try session.query("create table intruder (x int)") }
    }
}
