import Dispatch
import PostgresClient
@testable import Rectify
import Synchronization
import Testing

/// `rectify migrate` against a real PostgreSQL: order, bookkeeping, no-op reruns, edited files,
/// failures and concurrent runs; and the constraints the migrations create.
@Suite struct MigrationTests {
    let migrations: [Migration]

    init() throws {
        migrations = try Migration.load(directory: Fixtures.migrationsDirectory.path)
    }

    @Test func loadsMigrationFilesInVersionOrder() {
        #expect(migrations.map(\.version) == Array(1...migrations.count))
        #expect(migrations.first?.fileName == "0001_extensions.sql")
        #expect(migrations.allSatisfy { $0.checksum.count == 64 })
    }

    @Test func refusesBadlyNamedFiles() {
        #expect(throws: MigrationError.self) { try Migration(fileName: "1_units.sql", bytes: []) }
        #expect(throws: MigrationError.self) { try Migration(fileName: "0001_Units.sql", bytes: []) }
        #expect(throws: MigrationError.self) { try Migration(fileName: "0001_units.sql", bytes: [0xff, 0xfe]) }
    }

    @Test func appliesEveryMigrationOnceThenNothing() throws {
        try ScratchDatabase.with { database in
            let connection = try database.connect()
            let first = try Migrator(migrations: migrations).migrate(connection)
            #expect(first.applied.map(\.version) == migrations.map(\.version))
            #expect(first.alreadyApplied == 0)
            let before = try ScratchDatabase.dump(connection)
            let second = try Migrator(migrations: migrations).migrate(connection)
            #expect(second.applied.isEmpty)
            #expect(second.alreadyApplied == migrations.count)
            #expect(try ScratchDatabase.dump(connection) == before)
            #expect(try connection.column("SELECT name FROM schema_migrations ORDER BY version") == migrations.map(\.name))
        }
    }

    @Test func reportsAnAppliedMigrationThatWasEdited() throws {
        try ScratchDatabase.with { database in
            let connection = try database.connect()
            _ = try Migrator(migrations: migrations).migrate(connection)
            var edited = migrations
            edited[1] = try Migration(fileName: edited[1].fileName, bytes: Array((edited[1].sql + "\n-- edited\n").utf8))
            #expect {
                _ = try Migrator(migrations: edited).migrate(connection)
            } throws: { error in
                guard case .changedAfterApplied(let name, _, _) = error as? MigrationError else { return false }
                return name == "0002_units.sql"
            }
        }
    }

    @Test func aFailingMigrationLeavesNothingOfItself() throws {
        try ScratchDatabase.with { database in
            let connection = try database.connect()
            let broken = try Migration(fileName: "9999_broken.sql", bytes: Array("""
                CREATE TABLE half_done (id integer);
                SELECT no_such_function();
                """.utf8))
            #expect(throws: MigrationError.self) { _ = try Migrator(migrations: migrations + [broken]).migrate(connection) }
            #expect(try connection.value("SELECT count(*)::text FROM schema_migrations") == "\(migrations.count)")
            #expect(try connection.value("SELECT (to_regclass('half_done') IS NULL)::text") == "true")
        }
    }

    @Test func concurrentRunsApplyEachMigrationOnce() throws {
        try ScratchDatabase.with { database in
            let configuration = database.configuration
            let migrations = migrations
            let outcomes = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                let outcome: String
                do {
                    let connection = try PostgresConnection(configuration: configuration)
                    outcome = "applied \(try Migrator(migrations: migrations).migrate(connection).applied.count)"
                } catch {
                    outcome = "failed: \(error)"
                }
                outcomes.withLock { $0.append(outcome) }
            }
            let results = outcomes.withLock { $0 }.sorted()
            #expect(results == ["applied 0", "applied 0", "applied \(migrations.count)"])
            let connection = try database.connect()
            #expect(try connection.value("SELECT count(*)::text FROM schema_migrations") == "\(migrations.count)")
        }
    }

    @Test(arguments: [
        "INSERT INTO units (key, name, kind) VALUES ('a-unit', '某单位', 'club')",
        "INSERT INTO units (key, name, kind) VALUES ('Bad Key', '某单位', 'school')",
        "INSERT INTO findings (inspection_id, number, category, title, status, progress) SELECT 1, 99, 'economic', 't', 'completed', 'p'",
        "INSERT INTO findings (inspection_id, number, category, title, status, progress) SELECT 1, 99, 'political', 't', 'done', 'p'",
        "INSERT INTO findings (inspection_id, number, category, title, status, progress) SELECT 1, 0, 'political', 't', 'completed', 'p'",
        "INSERT INTO funds (inspection_id, finding_id, kind, amount, amount_text, source_text) SELECT 1, min(id), 'refunded', -1, '-1元', 's' FROM findings",
        "INSERT INTO funds (inspection_id, finding_id, kind, source_text) SELECT 1, min(id), 'stolen', 's' FROM findings",
        "INSERT INTO dispositions (inspection_id, person_id, kind, note) SELECT 1, min(id), 'praise', 'n' FROM people",
        "INSERT INTO finding_units (finding_id, unit_id, role) SELECT min(f.id), min(u.id), 'owner' FROM findings f, units u",
        "INSERT INTO inspection_people (inspection_id, person_id, role) SELECT 1, min(id), 'chair' FROM people",
    ])
    func checkConstraintsRefuseBadValues(statement: String) throws {
        try ScratchDatabase.with { database in
            let connection = try database.migrated()
            _ = try NoticeImporter(gazetteerPath: Fixtures.gazetteer.path)
                .importFiles([Fixtures.seedNotice.path], to: connection)
            #expect {
                try connection.query(statement)
            } throws: { error in
                (error as? PostgresError)?.sqlState == .checkViolation
            }
        }
    }
}
