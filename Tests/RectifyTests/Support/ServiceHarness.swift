import Foundation
import GraphQLLanguage
import PostgresClient
@testable import Rectify
import Testing

/// A Rectify server started in-process on a free port, for the end-to-end tests over HTTP.
final class TestService: Sendable {
    let server: RectifyServer
    let port: Int

    /// Starts a server on port 0 against `database`, after `configure` adjusts the configuration.
    init(database: PostgresConfiguration, configure: (inout ServiceConfiguration) -> Void = { _ in }) throws {
        var configuration = ServiceConfiguration(databaseURL: ServiceHarness.conninfo(database))
        configuration.port = 0
        configuration.eventLoopCount = 2
        configuration.accessLog = false
        configuration.schemaPath = Fixtures.root.appendingPathComponent("schema.graphql").path
        configure(&configuration)
        server = try RectifyServer(configuration: configuration)
        port = try server.start().port
    }

    /// Starts a graceful shutdown and returns at once (tests need not wait for it).
    func stop() {
        server.beginShutdown(timeout: .seconds(2))
    }

    /// POSTs a query as `application/json`.
    func graphQL(_ query: String, variables: String? = nil, operationName: String? = nil, accept: String? = nil) throws -> HTTPTestResponse {
        try HTTPTestClient.graphQL(port: port, query, variables: variables, operationName: operationName, accept: accept)
    }

    /// POSTs a query and returns its `data`, failing the test on errors or a non-200 status.
    func data(_ query: String, variables: String? = nil) throws -> JSONValue {
        let response = try graphQL(query, variables: variables)
        try #require(response.status == 200, "\(response)")
        let json = try response.json()
        try #require(json["errors"] == nil, "\(response)")
        return try #require(json["data"])
    }

    func get(_ target: String, headers: [(String, String)] = []) throws -> HTTPTestResponse {
        try HTTPTestClient.request(port: port, target: target, headers: headers)
    }

    /// The value of the `/metrics` sample whose line starts with `sample` (name and labels).
    func metric(_ sample: String) throws -> Int? {
        let line = try get("/metrics").text.split(separator: "\n").first { $0.hasPrefix(sample + " ") }
        return line.flatMap { Int($0.split(separator: " ")[1]) }
    }

    /// Waits (polling every 20 ms, at most `limit`) until a `/metrics` sample has `value`.
    func waitForMetric(_ sample: String, _ value: Int, within limit: Duration = .seconds(5)) throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if try metric(sample) == value { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits (polling every 50 ms, at most `limit`) until `/health` answers `status` on
    /// `inARow` requests in a row. Each request opens a connection of its own and so may land on
    /// any loop, and each loop has its own database connections: several answers in a row are
    /// what says every loop got there.
    func waitForHealth(_ status: Int, within limit: Duration, inARow: Int = 1) throws -> Bool {
        let deadline = ContinuousClock.now + limit
        var streak = 0
        while ContinuousClock.now < deadline {
            if (try? get("/health"))?.status == status {
                streak += 1
                if streak >= inARow { return true }
            } else {
                streak = 0
                usleep(50_000)
            }
        }
        return false
    }
}

/// The shared server over the seed database, with `RECTIFY_DEBUG` on so responses tell their
/// statement counts; started on first use and kept for the test process.
enum ServiceHarness {
    static let shared: Result<TestService, SeedDatabaseError> = {
        do {
            return .success(try TestService(database: SeedDatabase.configuration.get()) { $0.debugExtensions = true })
        } catch {
            return .failure(SeedDatabaseError("could not start the shared test server: \(String(reflecting: error))"))
        }
    }()

    static func service() throws -> TestService {
        try shared.get()
    }

    /// A libpq conninfo string for a configuration, every value single-quoted and escaped
    /// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING).
    static func conninfo(_ configuration: PostgresConfiguration) -> String {
        configuration.settings.sorted { $0.key < $1.key }.map { key, value in
            key + "='" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }.joined(separator: " ")
    }

    /// Every GraphQL error's `extensions.code`.
    static func codes(_ response: HTTPTestResponse) throws -> [String] {
        try response.json()["errors"]?.array.compactMap { $0["extensions"]?["code"]?.string } ?? []
    }

    /// Every GraphQL error's message.
    static func messages(_ response: HTTPTestResponse) throws -> [String] {
        try response.json()["errors"]?.array.compactMap { $0["message"]?.string } ?? []
    }
}

extension JSONValue {
    /// The object's keys in order, for checking what a response contains.
    var keys: [String] {
        if case .object(let members) = self { return members.map(\.key) }
        return []
    }
}
