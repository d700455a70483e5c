import Foundation
import Testing
@testable import PostgresClient

/// The PostgreSQL `make test` starts, and scratch schemas that let suites run in parallel.
enum TestDatabase {
    /// `DATABASE_URL`, which `make test` exports; a test without it fails rather than skips.
    static func url() throws -> String {
        try #require(ProcessInfo.processInfo.environment["DATABASE_URL"],
                     "DATABASE_URL is not set: run the tests through `make test`")
    }

    static func configuration() throws -> PostgresConfiguration {
        try PostgresConfiguration(url: url())
    }

    static func connect() throws -> PostgresConnection {
        try PostgresConnection(url: url())
    }

    /// Runs `body` on a connection whose `search_path` is a fresh schema, dropped afterwards.
    static func withScratchSchema<T>(_ body: (PostgresConnection, String) throws -> T) throws -> T {
        let connection = try connect()
        let schema = "scratch_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try connection.executeScript("create schema \(schema); set search_path to \(schema)")
        defer { _ = try? connection.executeScript("drop schema if exists \(schema) cascade") }
        return try body(connection, schema)
    }
}
