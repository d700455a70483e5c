internal import PostgresClient

/// Why `rectify generate` wrote nothing.
package enum GenerateError: Error, CustomStringConvertible {
    /// The command line was wrong; the text says what and shows the usage.
    case usage(String)
    /// The database holds a dataset of this seed with another number of findings.
    case seedAlreadyGenerated(seed: UInt64, findings: Int, requested: Int)
    /// Units of this seed's province are in the database without its inspections (not written by
    /// `rectify generate`, which is all or nothing).
    case seedUnitsWithoutDataset(seed: UInt64, keyPrefix: String)
    /// The store's tables are missing: the database was never migrated.
    case notMigrated
    /// The database refused a statement or the connection failed (detail for the operator).
    case database(String)
    /// The run was stopped on purpose after this many findings were loaded (a test's hook threw).
    case stopped(afterFindings: Int, reason: String)

    package var description: String {
        switch self {
        case .usage(let text):
            text
        case .seedAlreadyGenerated(let seed, let findings, let requested):
            "the database already holds the dataset of seed \(seed) with \(findings) findings; nothing written "
                + "(the same seed with --findings \(findings) is a no-op; for \(requested) findings use another seed or a fresh database)"
        case .seedUnitsWithoutDataset(let seed, let prefix):
            "the database has units with keys \(prefix)… but no inspections of seed \(seed); nothing written "
                + "(remove those units or use another seed)"
        case .notMigrated:
            "the database has no Rectify tables: run `rectify migrate` first"
        case .database(let detail):
            "database error, nothing written: \(detail)"
        case .stopped(let findings, let reason):
            "stopped after \(findings) findings were loaded (\(reason)); the transaction was rolled back, nothing written"
        }
    }

    static func wrap(_ error: any Error) -> GenerateError {
        switch error {
        case let error as GenerateError: error
        case let error as PostgresError: .database(MigrationError.detail(error))
        default: .database(String(describing: error))
        }
    }
}
