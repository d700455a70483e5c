import Foundation
import PostgresClient
@testable import Rectify
import Testing

/// A database of its own for the compiler's execution tests: migrated with db/migrations and the
/// seed notice imported, made once per test process.
enum SeedDatabase {
    static let name = "rectify_compiler_tests"

    /// The configuration of the seeded database, or why it could not be made.
    static let configuration: Result<PostgresConfiguration, SeedDatabaseError> = {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"] else {
            return .failure(SeedDatabaseError("DATABASE_URL is not set: run the tests through `make test`"))
        }
        do {
            return .success(try seed(database: name, on: try PostgresConfiguration(url: url)))
        } catch {
            return .failure(SeedDatabaseError("could not prepare the seed database: \(String(reflecting: error))"))
        }
    }()

    /// Creates (or re-creates) database `name` on `server`, migrated and with the seed notice
    /// imported; returns its configuration. Tests that need a database of their own (one they
    /// lock, or a cluster they stop) seed it with this.
    static func seed(database name: String, on server: PostgresConfiguration) throws -> PostgresConfiguration {
        let admin = try PostgresConnection(configuration: server)
        // DROP and CREATE DATABASE refuse to run inside the implicit transaction of a script.
        try admin.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        try admin.executeScript("CREATE DATABASE \(name)")
        let configuration = server.with(database: name)
        let connection = try PostgresConnection(configuration: configuration)
        _ = try Migrator(migrations: Migration.load(directory: Fixtures.migrationsDirectory.path)).migrate(connection)
        _ = try NoticeImporter(gazetteerPath: Fixtures.gazetteer.path).importFiles([Fixtures.seedNotice.path], to: connection)
        return configuration
    }

    static func connect() throws -> PostgresConnection {
        try PostgresConnection(configuration: configuration.get())
    }
}

struct SeedDatabaseError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
