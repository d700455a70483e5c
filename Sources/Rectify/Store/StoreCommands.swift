internal import PostgresClient

/// The `migrate`, `import` and `stats` subcommands, for `main.swift`: each connects to
/// `databaseURL`, does its work, and returns the lines to print (or throws a typed error whose
/// description is the message for stderr).
package enum StoreCommands {
    /// Why a store command failed.
    package enum Failure: Error, CustomStringConvertible {
        case connection(String)
        case migration(MigrationError)
        case importing(ImportError)
        case statistics(String)

        package var description: String {
            switch self {
            case .connection(let detail): "cannot connect to the database: \(detail)"
            case .migration(let error): error.description
            case .importing(let error): error.description
            case .statistics(let detail): "cannot count what the database holds: \(detail)"
            }
        }
    }

    static func connect(_ url: String) throws(Failure) -> PostgresConnection {
        do {
            return try PostgresConnection(url: url)
        } catch {
            // The operator's own URL: the failure's debug text names host and reason, no password.
            throw .connection(String(reflecting: error))
        }
    }

    /// Applies pending migrations from `directory`.
    package static func migrate(databaseURL: String, directory: String) throws(Failure) -> [String] {
        do {
            let migrations = try Migration.load(directory: directory)
            let connection = try connect(databaseURL)
            let report = try Migrator(migrations: migrations).migrate(connection)
            if report.applied.isEmpty {
                return ["migrate: schema up to date (\(report.alreadyApplied) migrations applied)"]
            }
            return report.applied.map { "migrate: applied \($0.fileName)" }
                + ["migrate: \(report.applied.count) applied, \(report.alreadyApplied) were already applied"]
        } catch let error as MigrationError {
            throw .migration(error)
        } catch let error as Failure {
            throw error
        } catch {
            throw .connection(String(describing: error))
        }
    }

    /// Imports notice files with the gazetteer at `gazetteerPath`; prints what each notice said.
    package static func importNotices(_ paths: [String], databaseURL: String, gazetteerPath: String) throws(Failure) -> [String] {
        let importer: NoticeImporter
        var prepared: [NoticeImporter.Prepared] = []
        do {
            importer = try NoticeImporter(gazetteerPath: gazetteerPath)
            for path in paths { prepared.append(try importer.prepare(path: path)) }
        } catch {
            throw .importing(error)
        }
        let connection = try connect(databaseURL)
        let result: NoticeImporter.Result
        do {
            result = try importer.write(prepared, to: connection)
        } catch {
            throw .importing(error)
        }
        var lines = ["import: units gazetteer: \(result.unitsInserted) inserted, \(result.unitsUpdated) updated, \(importer.gazetteer.units.count - result.unitsInserted - result.unitsUpdated) unchanged"]
        for (notice, outcome) in zip(prepared, result.outcomes) {
            lines += notice.plan.report(gazetteer: importer.gazetteer)
            lines.append("  → \(outcome.outcome.rawValue)")
        }
        return lines
    }

    /// Counts what the database holds.
    package static func statistics(databaseURL: String) throws(Failure) -> [String] {
        let connection = try connect(databaseURL)
        do {
            return try StoreStatistics.collect(connection).lines
        } catch {
            throw .statistics(String(reflecting: error))
        }
    }
}
