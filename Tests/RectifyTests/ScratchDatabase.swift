import Foundation
import PostgresClient
@testable import Rectify
import Testing

/// A database of its own for each test (`CREATE DATABASE rectify_test_<random>`), so suites run
/// in parallel against the PostgreSQL `make test` starts and leave nothing behind.
struct ScratchDatabase {
    let configuration: PostgresConfiguration

    /// `DATABASE_URL`, which `make test` exports; a test without it fails rather than skips.
    static func serverConfiguration() throws -> PostgresConfiguration {
        let url = try #require(ProcessInfo.processInfo.environment["DATABASE_URL"],
                               "DATABASE_URL is not set: run the tests through `make test`")
        return try PostgresConfiguration(url: url)
    }

    /// Creates a scratch database, runs `body` with it, and drops it whatever happens.
    static func with<T>(_ body: (ScratchDatabase) throws -> T) throws -> T {
        let server = try serverConfiguration()
        let admin = try PostgresConnection(configuration: server)
        // A generated identifier of lowercase hex, not input: safe to spell in SQL.
        let name = "rectify_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.executeScript("CREATE DATABASE \(name)")
        defer { _ = try? admin.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        return try body(ScratchDatabase(configuration: server.with(database: name)))
    }

    func connect() throws -> PostgresConnection {
        try PostgresConnection(configuration: configuration)
    }

    /// A connection to a scratch database with every migration applied.
    func migrated() throws -> PostgresConnection {
        let connection = try connect()
        _ = try Migrator(migrations: Migration.load(directory: Fixtures.migrationsDirectory.path)).migrate(connection)
        return connection
    }

    /// Every table's rows (with the transaction that last wrote each, `xmin`) and every
    /// sequence's position, as one text: equal dumps mean nothing was written in between, not
    /// even a row rewritten with the same values or an identity value drawn.
    static func dump(_ connection: PostgresConnection) throws -> String {
        var parts: [String] = []
        let tables = try connection.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).map { try $0.decode(String.self, at: 0) }
        for table in tables {
            // Names from the catalogue of a scratch database: the schema's own lowercase tables.
            let rows = try connection.query("""
                SELECT count(*), coalesce(md5(string_agg(t.xmin::text || ' ' || t::text, E'\\n' ORDER BY t::text)), '')
                FROM \(table) t
                """)[0]
            parts.append("\(table): \(try rows.decode(Int.self, at: 0)) rows \(try rows.decode(String.self, at: 1))")
        }
        let sequences = try connection.query(
            "SELECT sequencename || '=' || coalesce(last_value::text, 'unused') FROM pg_sequences ORDER BY sequencename")
        parts += try sequences.map { try $0.decode(String.self, at: 0) }
        return parts.joined(separator: "\n")
    }
}

extension PostgresConnection {
    /// The first column of every row, as text.
    func column(_ sql: String, _ parameters: PostgresParameters = []) throws -> [String] {
        try query(sql, parameters).map { try $0.decode(String.self, at: 0) }
    }

    /// The single text value a query returns.
    func value(_ sql: String, _ parameters: PostgresParameters = []) throws -> String {
        try #require(try column(sql, parameters).first)
    }
}
