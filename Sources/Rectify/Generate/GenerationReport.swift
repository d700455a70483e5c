/// What one `rectify generate` run did: rows added per table and how long it took.
package struct GenerationReport: Sendable {
    package let seed: UInt64
    package let findings: Int
    /// True when the database already held this exact dataset and nothing was written.
    package let alreadyPresent: Bool
    /// Rows added per table, in load order, with the seconds spent in its COPY statements.
    package let rows: [(table: String, count: Int, seconds: Double)]
    /// Seconds spent generating and loading rows (COPY); re-creating suspended indexes and
    /// foreign keys and merging GIN pending lists; and on ANALYZE.
    package let loadSeconds: Double
    package let restoreSeconds: Double
    package let analyzeSeconds: Double
    /// For a bulk load, how many indexes and foreign keys were dropped and re-created.
    package let suspended: (indexes: Int, foreignKeys: Int)?
    /// Seconds spent on VACUUM after commit, when it ran.
    package internal(set) var vacuumSeconds: Double?

    /// Rows added to `table`.
    package func rows(_ table: String) -> Int {
        rows.first { $0.table == table }?.count ?? 0
    }

    /// The report as the command prints it.
    package var lines: [String] {
        guard !alreadyPresent else {
            return ["generate: the dataset of seed \(seed) with \(findings) findings is already in the database; nothing written"]
        }
        let total = rows.reduce(0) { $0 + $1.count }
        let width = rows.map(\.table.count).max() ?? 0
        var lines = ["generate: seed \(seed), \(findings) findings"]
        let countWidth = rows.map { Self.grouped($0.count).count }.max() ?? 0
        for (table, count, seconds) in rows {
            let figure = Self.grouped(count)
            lines.append("  " + table + String(repeating: " ", count: width - table.count + 1 + countWidth - figure.count) + figure
                + " rows, COPY \(Self.fixed(seconds)) s")
        }
        let seconds = loadSeconds + restoreSeconds + analyzeSeconds
        let rebuilt = suspended.map { ", rebuild of \($0.indexes) indexes and \($0.foreignKeys) foreign keys \(Self.fixed(restoreSeconds)) s" }
            ?? ", index merge \(Self.fixed(restoreSeconds)) s"
        lines.append("  \(Self.grouped(total)) rows committed in \(Self.fixed(seconds)) s: generation and COPY \(Self.fixed(loadSeconds)) s"
            + rebuilt + ", ANALYZE \(Self.fixed(analyzeSeconds)) s" + (vacuumSeconds.map { "; then VACUUM \(Self.fixed($0)) s" } ?? ""))
        return lines
    }

    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return groups.joined(separator: ",")
    }

    static func fixed(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
