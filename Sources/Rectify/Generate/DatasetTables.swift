/// The tables a generated dataset fills, in the order they are loaded (a table's foreign keys
/// point only to tables before it), with each one's COPY column list and row buffer.
struct DatasetTables {
    enum Table: Int, CaseIterable, Sendable {
        case units, inspections, people, inspectionPeople, findings, findingUnits, findingPeople, funds, dispositions

        /// The table's name in the store (db/migrations).
        var name: String {
            switch self {
            case .units: "units"
            case .inspections: "inspections"
            case .people: "people"
            case .inspectionPeople: "inspection_people"
            case .findings: "findings"
            case .findingUnits: "finding_units"
            case .findingPeople: "finding_people"
            case .funds: "funds"
            case .dispositions: "dispositions"
            }
        }

        /// The columns the generator writes, in row order (`imported_at` takes its default).
        var columns: String {
            switch self {
            case .units: "id, key, name, short_name, aliases, kind, parent_id"
            case .inspections:
                "id, title, source, source_unit_id, team_unit_id, target_unit_id, leading_group_unit_id, start_date, end_date, "
                    + "feedback_date, report_date, published_at, signed_by, introduction, summary, stated_finding_count, "
                    + "stated_completed_count, stated_basically_completed_count, stated_long_term_count, source_file, content_checksum"
            case .people: "id, key, name, role, unit_id, inspection_id"
            case .inspectionPeople: "id, inspection_id, person_id, role, note"
            case .findings: "id, inspection_id, number, category, title, status, long_term, progress"
            case .findingUnits: "id, finding_id, unit_id, role"
            case .findingPeople: "id, finding_id, person_id, role"
            case .funds: "id, inspection_id, finding_id, unit_id, kind, amount, amount_text, source_text"
            case .dispositions: "id, inspection_id, finding_id, person_id, kind, note"
            }
        }

        /// Every table's name, comma-separated, for `LOCK`, `ANALYZE` and `VACUUM`.
        static let list = allCases.map(\.name).joined(separator: ", ")

        /// `COPY … FROM STDIN` for the table; names are constants of this file.
        var copyStatement: String {
            "COPY \(name) (\(columns)) FROM STDIN"
        }
    }

    private(set) var buffers: [CopyRowBuffer]
    /// The last id given out per table; the next row gets one more.
    private var lastIDs: [Int]
    /// Seconds spent loading each table so far.
    private var loadSeconds: [Double]

    /// Tables whose ids continue after `lastIDs` (the database's highest id per table).
    init(lastIDs: [Int]) {
        precondition(lastIDs.count == Table.allCases.count)
        self.lastIDs = lastIDs
        loadSeconds = lastIDs.map { _ in 0 }
        buffers = Table.allCases.map { _ in CopyRowBuffer(capacity: 1 << 20) }
    }

    /// Gives out the next id of `table`.
    mutating func nextID(_ table: Table) -> Int {
        lastIDs[table.rawValue] += 1
        return lastIDs[table.rawValue]
    }

    /// The last id given out for `table`.
    func lastID(_ table: Table) -> Int {
        lastIDs[table.rawValue]
    }

    /// Rows written to `table` so far.
    func rows(_ table: Table) -> Int {
        buffers[table.rawValue].rows
    }

    /// Writes one row to `table` through `body`.
    mutating func row(_ table: Table, _ body: (inout CopyRowBuffer) -> Void) {
        body(&buffers[table.rawValue])
        buffers[table.rawValue].endRow()
    }

    /// Lends the buffered bytes of `table` to `body`.
    func withBytes<R>(_ table: Table, _ body: ([UInt8]) throws -> R) rethrows -> R {
        try body(buffers[table.rawValue].bytes)
    }

    mutating func addCopySeconds(_ table: Table, _ seconds: Double) {
        loadSeconds[table.rawValue] += seconds
    }

    func copySeconds(_ table: Table) -> Double {
        loadSeconds[table.rawValue]
    }

    mutating func clear(_ table: Table) {
        buffers[table.rawValue].clear()
    }
}
