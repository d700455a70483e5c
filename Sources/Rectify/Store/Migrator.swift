package import PostgresClient

/// Applies schema migrations in version order, each in its own transaction, recording each in
/// `schema_migrations` so that running again is a no-op.
///
/// Concurrent runs (two deploys starting at once) serialise on a session advisory lock
/// (https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS): the second waits,
/// then finds everything applied. A file changed after it was applied is reported, never re-run.
package struct Migrator {
    package let migrations: [Migration]

    /// The advisory lock key all `migrate` runs share (ASCII "rectmigr").
    static let lockKey = 0x7265_6374_6D69_6772

    /// `schema_migrations`'s definition; `db/docker/initdb.sh` creates the same table.
    static let bookkeepingSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     integer PRIMARY KEY,
            name        text NOT NULL,
            checksum    text NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        );
        COMMENT ON TABLE schema_migrations IS 'Migrations applied to this database, by version; written by rectify migrate.';
        """

    package init(migrations: [Migration]) {
        self.migrations = migrations
    }

    /// What a run did.
    package struct Report: Sendable, Hashable {
        /// Migrations this run applied, in order.
        package var applied: [Migration]
        /// Migrations that were already applied before this run.
        package var alreadyApplied: Int
    }

    /// Applies the migrations not yet applied; see the type's documentation.
    package func migrate(_ connection: PostgresConnection) throws(MigrationError) -> Report {
        do {
            try connection.query("SELECT pg_advisory_lock($1)", [.int(Self.lockKey)])
        } catch {
            throw .database(error)
        }
        defer { _ = try? connection.query("SELECT pg_advisory_unlock($1)", [.int(Self.lockKey)]) }
        let recorded: [Int: (name: String, checksum: String)]
        do {
            try connection.executeScript(Self.bookkeepingSQL)
            var rows: [Int: (name: String, checksum: String)] = [:]
            for row in try connection.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version") {
                rows[try row.decode(Int.self, at: 0)] = (try row.decode(String.self, at: 1), try row.decode(String.self, at: 2))
            }
            recorded = rows
        } catch {
            throw .database(error as? PostgresError ?? .client(reason: String(describing: error)))
        }
        let byVersion = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        for (version, entry) in recorded.sorted(by: { $0.key < $1.key }) {
            guard let migration = byVersion[version] else {
                throw .unknownAppliedVersion(version: version, name: entry.name)
            }
            guard migration.checksum == entry.checksum else {
                throw .changedAfterApplied(fileName: migration.fileName, recorded: entry.checksum, current: migration.checksum)
            }
        }
        var report = Report(applied: [], alreadyApplied: recorded.count)
        for migration in migrations where recorded[migration.version] == nil {
            do {
                try connection.transaction { connection in
                    try connection.executeScript(migration.sql)
                    try connection.query(
                        "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                        [.int(migration.version), .text(migration.name), .text(migration.checksum)])
                }
            } catch {
                throw .failed(fileName: migration.fileName, error as? PostgresError ?? .client(reason: String(describing: error)))
            }
            report.applied.append(migration)
        }
        return report
    }
}
