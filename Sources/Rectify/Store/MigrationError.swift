package import PostgresClient

/// Why `rectify migrate` stopped; each names the file or version concerned.
package enum MigrationError: Error, CustomStringConvertible {
    case unreadableDirectory(path: String)
    case unreadableFile(path: String)
    case badFileName(String)
    case notUTF8(fileName: String)
    case duplicateVersion(Int, String, String)
    /// An applied migration's file no longer has the bytes it had when applied.
    case changedAfterApplied(fileName: String, recorded: String, current: String)
    /// The database records a migration this program's files do not have (a newer program ran).
    case unknownAppliedVersion(version: Int, name: String)
    /// A migration's SQL failed; nothing of it was kept.
    case failed(fileName: String, PostgresError)
    /// Talking to the database failed outside any one migration.
    case database(PostgresError)

    /// For the operator running `migrate`: migrations are the team's own SQL, so the server's
    /// message is shown (it says which statement of the file failed).
    package var description: String {
        switch self {
        case .unreadableDirectory(let path): "cannot read the migrations directory \(path)"
        case .unreadableFile(let path): "cannot read \(path)"
        case .badFileName(let name): "migration file \(name) is not named NNNN_name.sql (lowercase name)"
        case .notUTF8(let name): "migration file \(name) is not UTF-8"
        case .duplicateVersion(let version, let first, let second): "migrations \(first) and \(second) share version \(version)"
        case .changedAfterApplied(let name, let recorded, let current):
            "migration \(name) was changed after it was applied (checksum recorded \(recorded.prefix(12))…, file now \(current.prefix(12))…); add a new migration instead of editing an applied one"
        case .unknownAppliedVersion(let version, let name):
            "the database has migration \(version) (\(name)) that is not among this program's migrations"
        case .failed(let name, let error): "migration \(name) failed: \(MigrationError.detail(error))"
        case .database(let error): "database error while migrating: \(MigrationError.detail(error))"
        }
    }

    static func detail(_ error: PostgresError) -> String {
        if case .server(let server) = error { return server.message + (server.detail.map { " (\($0))" } ?? "") }
        return String(reflecting: error)
    }
}
