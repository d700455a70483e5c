package import PostgresClient

/// `rectify generate`: adds a deterministic synthetic dataset (a province's inspections, their
/// findings, units, people, funds and dispositions) beside whatever the database holds.
///
/// Rows are generated a batch of notices at a time into COPY text buffers and loaded with
/// `COPY … FROM STDIN`, all in one transaction: an interrupted or failed run leaves nothing.
/// Ids are computed from each table's highest id (and its identity sequence), written explicitly
/// (COPY stores the identity values it is given), and the sequences are moved past them at the
/// end. The tables are locked against other writers for the run (readers go on), and the run
/// takes the importer's advisory lock, so an import and a generation never interleave.
///
/// The same seed and number of findings give byte-identical rows (except `imported_at`, the time
/// of loading) given the same ids to start from. The seed notice and anything else already there
/// are never touched. Generating a seed the database already holds with the same number of
/// findings writes nothing and says so; with another number it is refused.
package struct DatasetGenerator {
    /// The most findings one run may generate (about 450 000 notices).
    package static let maximumFindings = 20_000_000

    package let seed: UInt64
    package let findings: Int
    /// About how many findings are generated before their rows are sent (bounds memory).
    package var batchFindings = 25_000
    /// From this many findings on, and when they at least double the findings, foreign keys and
    /// secondary indexes are dropped for the load and re-created (validated) at the end, which is
    /// much faster but locks readers out until commit (see ``BulkLoad``).
    package var bulkThreshold = 100_000

    package init(seed: UInt64, findings: Int) throws(GenerateError) {
        guard (1...Self.maximumFindings).contains(findings) else {
            throw .usage("--findings must be between 1 and \(Self.maximumFindings), not \(findings)")
        }
        self.seed = seed
        self.findings = findings
    }

    /// Generates and loads the dataset, then vacuums the tables. `afterBatch` is called, inside
    /// the transaction, with the findings loaded so far after each batch; throwing from it rolls
    /// everything back (tests use it to interrupt a run), and `progress` hears a line per batch.
    package func generate(into connection: PostgresConnection, progress: (String) -> Void = { _ in },
                          afterBatch: (Int) throws -> Void = { _ in }) throws(GenerateError) -> GenerationReport {
        var report: GenerationReport
        do {
            report = try connection.transaction { connection in
                try load(into: connection, progress: progress, afterBatch: afterBatch)
            }
        } catch {
            throw GenerateError.wrap(error)
        }
        // After commit, outside the transaction (VACUUM cannot run in one): mark the new pages
        // all-visible so counts and index-only scans need not visit the heap until autovacuum
        // would have. The rows are committed whatever happens here.
        if !report.alreadyPresent && connection.transactionStatus == .idle {
            let clock = ContinuousClock()
            let started = clock.now
            do {
                try connection.query("VACUUM \(DatasetTables.Table.list)")
                report.vacuumSeconds = Self.seconds(clock.now - started)
            } catch {
                progress("generate: VACUUM after the load failed (the rows are committed): \(GenerateError.wrap(error))")
            }
        }
        return report
    }

    /// Everything inside the transaction: checks, units, notices, restoring what a bulk load
    /// suspended, sequences, ANALYZE.
    private func load(into connection: PostgresConnection, progress: (String) -> Void,
                      afterBatch: (Int) throws -> Void) throws -> GenerationReport {
        let clock = ContinuousClock()
        let started = clock.now
        try connection.query("SELECT pg_advisory_xact_lock($1)", [.int(NoticeImporter.lockKey)])
        guard try connection.query("SELECT to_regclass('public.findings') IS NOT NULL")[0].decode(Bool.self, at: 0) else {
            throw GenerateError.notMigrated
        }
        try connection.query("LOCK TABLE \(DatasetTables.Table.list) IN SHARE ROW EXCLUSIVE MODE")
        if let existing = try existingFindings(connection) {
            guard existing == findings else {
                throw GenerateError.seedAlreadyGenerated(seed: seed, findings: existing, requested: findings)
            }
            return GenerationReport(seed: seed, findings: findings, alreadyPresent: true, rows: [],
                                    loadSeconds: 0, restoreSeconds: 0, analyzeSeconds: 0, suspended: nil)
        }
        var tables = DatasetTables(lastIDs: try DatasetTables.Table.allCases.map { table in try lastID(table, connection) })
        try BulkLoad.tune(connection)
        let bulk = try findings >= bulkThreshold && BulkLoad.ownsTables(connection)
            && findings >= connection.query("SELECT count(*) FROM findings")[0].decode(Int.self, at: 0)
        let suspended = bulk ? try BulkLoad.suspend(connection) : BulkLoad()
        if bulk {
            progress("generate: bulk load: \(suspended.droppedForeignKeys) foreign keys and \(suspended.droppedIndexes) indexes suspended until the end")
        }
        try loadRows(into: &tables, connection, progress: progress, afterBatch: afterBatch)

        let restoring = clock.now
        if bulk {
            progress("generate: re-creating indexes, re-adding and validating foreign keys")
            try suspended.restore(connection)
        }
        try BulkLoad.mergePendingLists(connection)
        for table in DatasetTables.Table.allCases where tables.rows(table) > 0 {
            try connection.query("SELECT setval(pg_get_serial_sequence($1, 'id'), $2)", [.text(table.name), .int(tables.lastID(table))])
        }
        let analyzing = clock.now
        try connection.query("ANALYZE \(DatasetTables.Table.list)")
        return GenerationReport(
            seed: seed, findings: findings, alreadyPresent: false,
            rows: DatasetTables.Table.allCases.map { ($0.name, tables.rows($0), tables.copySeconds($0)) },
            loadSeconds: Self.seconds(restoring - started), restoreSeconds: Self.seconds(analyzing - restoring),
            analyzeSeconds: Self.seconds(clock.now - analyzing),
            suspended: bulk ? (suspended.droppedIndexes, suspended.droppedForeignKeys) : nil)
    }

    /// Generates the province's units, then the notices a batch at a time, each batch's rows sent
    /// with one COPY per table in foreign-key order.
    private func loadRows(into tables: inout DatasetTables, _ connection: PostgresConnection, progress: (String) -> Void,
                          afterBatch: (Int) throws -> Void) throws {
        let province = SyntheticProvince(seed: seed)
        let unitIDs = UnitIDs(base: tables.lastID(.units))
        province.writeUnits(unitIDs: unitIDs, into: &tables)
        try copy(.units, from: &tables, connection)
        var synthesizer = NoticeSynthesizer(seed: seed, findings: findings, province: province, unitIDs: unitIDs)
        let schedule = synthesizer.schedule
        var loaded = 0
        var ordinal = 0
        while ordinal < schedule.inspectionCount {
            var batch = 0
            while ordinal < schedule.inspectionCount && batch < batchFindings {
                synthesizer.write(inspection: ordinal, into: &tables)
                batch += schedule.sizes[ordinal]
                ordinal += 1
            }
            for table in DatasetTables.Table.allCases.dropFirst() {
                try copy(table, from: &tables, connection)
            }
            loaded += batch
            progress("generate: \(loaded) of \(findings) findings loaded")
            do {
                try afterBatch(loaded)
            } catch {
                throw GenerateError.stopped(afterFindings: loaded, reason: String(describing: error))
            }
        }
    }

    /// The findings of this seed's dataset already in the database, or nil when there is none.
    private func existingFindings(_ connection: PostgresConnection) throws -> Int? {
        let prefix = NoticeSynthesizer.sourceFile(seed: seed, findings: 0).dropLast(1)
        let rows = try connection.query("""
            SELECT source_file FROM inspections WHERE starts_with(source_file, $1) LIMIT 1
            """, [.text(String(prefix))])
        if let sourceFile = try rows.first?.decode(String.self, at: 0), let findings = Int(sourceFile.dropFirst(prefix.count)) {
            return findings
        }
        let keyPrefix = SyntheticProvince.keyPrefix(seed: seed)
        if try connection.query("SELECT EXISTS (SELECT 1 FROM units WHERE starts_with(key, $1))", [.text(keyPrefix)])[0].decode(Bool.self, at: 0) {
            throw GenerateError.seedUnitsWithoutDataset(seed: seed, keyPrefix: keyPrefix)
        }
        return nil
    }

    /// The highest id `table` has used: its largest row id or its identity sequence's last value,
    /// whichever is larger (a rolled-back insert may have drawn values past the rows).
    private func lastID(_ table: DatasetTables.Table, _ connection: PostgresConnection) throws -> Int {
        // The table name is a constant of DatasetTables.
        try connection.query("""
            SELECT greatest((SELECT coalesce(max(id), 0) FROM \(table.name)),
                            coalesce(pg_sequence_last_value(pg_get_serial_sequence($1, 'id')::regclass), 0))
            """, [.text(table.name)])[0].decode(Int.self, at: 0)
    }

    /// Sends what `tables` buffered for `table` with one COPY, in chunks, and empties the buffer.
    private func copy(_ table: DatasetTables.Table, from tables: inout DatasetTables, _ connection: PostgresConnection) throws {
        let chunk = 256 * 1024
        let clock = ContinuousClock()
        let started = clock.now
        defer { tables.addCopySeconds(table, Self.seconds(clock.now - started)) }
        try tables.withBytes(table) { bytes in
            guard !bytes.isEmpty else { return }
            try connection.copyFromStdin(table.copyStatement) { writer in
                var offset = 0
                while offset < bytes.count {
                    let end = min(offset + chunk, bytes.count)
                    try writer.appendFormatted(bytes[offset..<end])
                    offset = end
                }
            }
        }
        tables.clear(table)
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
