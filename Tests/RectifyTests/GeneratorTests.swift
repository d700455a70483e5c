import Foundation
import PostgresClient
@testable import Rectify
import Testing

/// `rectify generate` against a real PostgreSQL: deterministic, shaped like the seed notice,
/// beside the seed without touching it, idempotent for the same arguments, all or nothing.
@Suite struct GeneratorTests {
    /// A scratch database with the schema and the seed notice, as `make run` leaves it.
    static func withSeededDatabase<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try ScratchDatabase.with { database in
            let connection = try database.migrated()
            _ = try NoticeImporter(gazetteerPath: Fixtures.gazetteer.path).importFiles([Fixtures.seedNotice.path], to: connection)
            return try body(connection)
        }
    }

    static func generate(_ connection: PostgresConnection, seed: UInt64, findings: Int, batchFindings: Int = 25_000,
                         bulkThreshold: Int = 100_000, afterBatch: (Int) throws -> Void = { _ in }) throws -> GenerationReport {
        var generator = try DatasetGenerator(seed: seed, findings: findings)
        generator.batchFindings = batchFindings
        generator.bulkThreshold = bulkThreshold
        return try generator.generate(into: connection, afterBatch: afterBatch)
    }

    /// Each loaded table's row count and a checksum of its rows in id order (`imported_at`, the
    /// time of loading, left out).
    static func checksums(_ connection: PostgresConnection) throws -> [String] {
        try DatasetTables.Table.allCases.map { table in
            // Table names are the generator's constants.
            try connection.value("""
                SELECT '\(table.name) ' || count(*) || ' ' || coalesce(md5(string_agg((to_jsonb(t) - 'imported_at')::text, E'\\n' ORDER BY t.id)), '')
                FROM \(table.name) t
                """)
        }
    }

    /// The indexes and constraints of the schema, as definitions.
    static func catalogue(_ connection: PostgresConnection) throws -> [String] {
        try connection.column("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname")
            + connection.column("""
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conrelid::regclass::text, conname
                """)
    }

    /// Everything a failed run must leave as it was: rows with their writing transactions,
    /// sequence positions, indexes and constraints.
    static func state(_ connection: PostgresConnection) throws -> String {
        try ScratchDatabase.dump(connection) + "\n" + catalogue(connection).joined(separator: "\n")
    }

    @Test func theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws {
        let first = try Self.withSeededDatabase { connection in
            _ = try Self.generate(connection, seed: 5, findings: 3_000, batchFindings: 700)
            return try Self.checksums(connection)
        }
        let again = try Self.withSeededDatabase { connection in
            _ = try Self.generate(connection, seed: 5, findings: 3_000)
            return try Self.checksums(connection)
        }
        let other = try Self.withSeededDatabase { connection in
            _ = try Self.generate(connection, seed: 6, findings: 3_000)
            return try Self.checksums(connection)
        }
        #expect(first == again)
        for (a, b) in zip(first, other) {
            #expect(a != b)
        }
    }

    @Test func generatedNoticesHaveTheShapeOfTheSeed() throws {
        try Self.withSeededDatabase { connection in
            let report = try Self.generate(connection, seed: 9, findings: 6_000)
            #expect(report.rows("findings") == 6_000)
            let generated = "i.source_file = 'generate --seed 9 --findings 6000'"
            // 30 to 60 findings a notice, numbered 1…n, all five categories in each, in heading order.
            let notices = try connection.query("""
                SELECT min(n), max(n), bool_and(numbered), bool_and(categories = 5), bool_and(ordered)
                FROM (SELECT count(*) n, max(f.number) = count(*) numbered, count(DISTINCT f.category) categories,
                             array_agg(f.category ORDER BY f.number) = array_agg(f.category ORDER BY array_position(
                                 ARRAY['political','ideological','organisational','conduct','discipline'], f.category), f.number) ordered
                      FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE \(generated) GROUP BY f.inspection_id) x
                """)[0]
            #expect(try notices.decode(Int.self, at: 0) >= 30)
            #expect(try notices.decode(Int.self, at: 1) <= 60)
            #expect(try notices.decode(Bool.self, at: 2))
            #expect(try notices.decode(Bool.self, at: 3))
            #expect(try notices.decode(Bool.self, at: 4))
            // The stated totals agree with the rows, and the dates come in order.
            #expect(try connection.value("""
                SELECT count(*) FROM inspections i WHERE \(generated) AND (
                    stated_finding_count <> (SELECT count(*) FROM findings f WHERE f.inspection_id = i.id)
                    OR stated_completed_count <> (SELECT count(*) FROM findings f WHERE f.inspection_id = i.id AND status = 'completed')
                    OR coalesce(stated_long_term_count, 0) <> (SELECT count(*) FROM findings f WHERE f.inspection_id = i.id AND long_term)
                    OR end_date < start_date OR feedback_date < end_date OR report_date <= coalesce(feedback_date, end_date)
                    OR published_at < report_date OR start_date < '2015-01-01' OR report_date > '2025-12-31')
                """) == "0")
            // Mostly completed; every status occurs; a few long-term.
            let shares = try connection.query("""
                SELECT status, count(*)::float8 / sum(count(*)) OVER () FROM findings f JOIN inspections i ON i.id = f.inspection_id
                WHERE \(generated) GROUP BY status
                """).map { (try $0.decode(String.self, at: 0), try $0.decode(Double.self, at: 1)) }
            let share = Dictionary(uniqueKeysWithValues: shares)
            #expect((0.70...0.95).contains(share["completed"] ?? 0))
            #expect(Set(share.keys) == ["completed", "basically_completed", "in_progress", "not_started"])
            #expect((share["not_started"] ?? 1) < 0.05)
            #expect((0.02...0.10).contains(try connection.query("""
                SELECT avg(long_term::int)::float8 FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE \(generated)
                """)[0].decode(Double.self, at: 0)))
            // Each finding concerns one to four units, the first count the commonest; all link roles occur.
            #expect(try connection.column("""
                SELECT n::text FROM (SELECT count(*) n FROM finding_units fu JOIN findings f ON f.id = fu.finding_id
                JOIN inspections i ON i.id = f.inspection_id WHERE \(generated) GROUP BY f.id) x GROUP BY n ORDER BY count(*) DESC
                """) == ["1", "2", "3", "4"])
            #expect(try connection.column("SELECT DISTINCT role FROM finding_units ORDER BY role") == ["involved", "mentioned", "responsible"])
            // Every kind of disposition and fund; most findings have no disposition.
            #expect(try connection.column("SELECT DISTINCT kind FROM dispositions ORDER BY kind") == DispositionKind.allCases.map(\.rawValue).sorted())
            #expect(try connection.column("SELECT DISTINCT kind FROM funds ORDER BY kind") == FundKind.allCases.map(\.rawValue).sorted())
            #expect(try connection.query("""
                SELECT avg((NOT EXISTS (SELECT 1 FROM dispositions d WHERE d.finding_id = f.id))::int)::float8 FROM findings f
                """)[0].decode(Double.self, at: 0) > 0.7)
            // Named and unnamed people; leadership like the seed's leading group.
            #expect(try connection.value("SELECT bool_and(n > 100)::text FROM (SELECT count(*) n FROM people GROUP BY name IS NULL) x") == "true")
            #expect(try connection.column("SELECT DISTINCT role FROM inspection_people ORDER BY role")
                == ["deputy_leader", "executive_deputy_leader", "leader", "member", "office_head"])
            // A few thousand units, shared: far fewer than the links to them.
            let units = try Int(connection.value("SELECT count(*) FROM units"))!
            #expect((3_000...10_000).contains(units))
            // The search words occur at rates like the seed notice's.
            for (word, range) in [("党费", 0.02...0.10), ("补助", 0.03...0.12), ("清退", 0.02...0.10), ("电费", 0.005...0.05)] {
                let rate = try connection.query("""
                    SELECT avg((f.title LIKE '%' || $1 || '%' OR f.progress LIKE '%' || $1 || '%')::int)::float8
                    FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE \(generated)
                    """, [.text(word)])[0].decode(Double.self, at: 0)
                #expect(range.contains(rate), "\(word): \(rate)")
            }
        }
    }

    @Test func fundAmountsAreExactLongTailedAndMatchTheirText() throws {
        try Self.withSeededDatabase { connection in
            _ = try Self.generate(connection, seed: 10, findings: 8_000)
            let rows = try connection.query("SELECT amount::text, amount_text, source_text FROM funds WHERE inspection_id > 1")
            var withAmount = 0
            for row in rows {
                let sourceText = try row.decode(String.self, at: 2)
                guard let amount = try row.decode(String?.self, at: 0) else {
                    #expect(try row.decode(String?.self, at: 1) == nil)
                    continue
                }
                withAmount += 1
                let text = try #require(try row.decode(String?.self, at: 1))
                #expect(sourceText.contains(text))
                let written = text.hasSuffix("亿元") ? "亿" : text.hasSuffix("万元") ? "万" : ""
                let number = String(text.dropLast(written.isEmpty ? 1 : 2))
                #expect(YuanAmount(number: number, multiplier: try #require(YuanAmount.Multiplier(written: written)))?.decimalText == amount)
            }
            #expect(withAmount > 0 && withAmount < rows.count)
            #expect(try connection.value("""
                SELECT (count(*) FILTER (WHERE amount < 100000) > 5 * count(*) FILTER (WHERE amount >= 1000000))::text
                    || ' ' || (min(amount) >= 0)::text || ' ' || bool_and(amount = round(amount, 2))::text
                FROM funds WHERE inspection_id > 1
                """) == "true true true")
        }
    }

    @Test func theSeedNoticeStaysAndStillAnswersItsFigures() throws {
        try Self.withSeededDatabase { connection in
            let seedRows = """
                SELECT md5(string_agg(x, E'\\n' ORDER BY x)) FROM (
                    SELECT (to_jsonb(t) - 'imported_at')::text x FROM inspections t WHERE id = 1
                    UNION ALL SELECT to_jsonb(t)::text FROM findings t WHERE inspection_id = 1
                    UNION ALL SELECT to_jsonb(t)::text FROM funds t WHERE inspection_id = 1
                    UNION ALL SELECT to_jsonb(t)::text FROM dispositions t WHERE inspection_id = 1
                    UNION ALL SELECT to_jsonb(t)::text FROM finding_units t WHERE finding_id IN (SELECT id FROM findings WHERE inspection_id = 1)
                    UNION ALL SELECT to_jsonb(t)::text FROM units t WHERE NOT starts_with(key, 'g')
                    UNION ALL SELECT to_jsonb(t)::text FROM people t WHERE id <= 22) r
                """
            let before = try connection.value(seedRows)
            _ = try Self.generate(connection, seed: 3, findings: 2_000)
            #expect(try connection.value(seedRows) == before)
            #expect(try connection.value("SELECT count(*) FROM findings WHERE inspection_id = 1") == "51")
            #expect(try connection.value("""
                SELECT fu.amount::text FROM funds fu JOIN findings f ON f.id = fu.finding_id
                WHERE f.inspection_id = 1 AND f.number = 45 AND fu.kind = 'arrears_collected'
                """) == "381200.00")
            // Through the API too: the seed inspection's findings and money, filtered to its notice.
            let data = try CompilerHarness.execute("""
                { inspections(filter: {title: {eq: "中共永州市教育局党组关于巡察整改进展情况的通报"}}) {
                    nodes { findings { totalCount } funds(filter: {kind: {eq: ARREARS_COLLECTED}}) { nodes { amount } } } } }
                """, on: connection)
            let seed = data[.key("inspections"), .key("nodes"), .index(0)]
            #expect(seed?[.key("findings"), .key("totalCount")]?.int == 51)
            #expect(seed?[.key("funds"), .key("nodes"), .index(0), .key("amount")]?.string == "381200.00")
        }
    }

    @Test func generatingTheSameDatasetAgainWritesNothing() throws {
        try Self.withSeededDatabase { connection in
            _ = try Self.generate(connection, seed: 4, findings: 1_500)
            let before = try Self.state(connection)
            let again = try Self.generate(connection, seed: 4, findings: 1_500)
            #expect(again.alreadyPresent)
            #expect(again.lines == ["generate: the dataset of seed 4 with 1500 findings is already in the database; nothing written"])
            #expect(try Self.state(connection) == before)
            #expect {
                try Self.generate(connection, seed: 4, findings: 3_000)
            } throws: { error in
                guard case GenerateError.seedAlreadyGenerated(4, 1_500, 3_000) = error else { return false }
                return String(describing: error).contains("already holds the dataset of seed 4 with 1500 findings")
            }
            #expect(try Self.state(connection) == before)
            // Another seed is another province: it adds beside the first.
            let other = try Self.generate(connection, seed: 8, findings: 1_500)
            #expect(other.rows("findings") == 1_500)
            #expect(try connection.value("SELECT count(*) FROM findings") == "\(51 + 3_000)")
        }
    }

    @Test(arguments: [false, true])
    func aRunStoppedMidwayLeavesTheDatabaseAsItWas(bulk: Bool) throws {
        try Self.withSeededDatabase { connection in
            _ = try Self.generate(connection, seed: 1, findings: 1_000)
            let before = try Self.state(connection)
            var batches = 0
            #expect {
                try Self.generate(connection, seed: 2, findings: 5_000, batchFindings: 1_000, bulkThreshold: bulk ? 1 : 100_000) { _ in
                    batches += 1
                    if batches == 2 { throw CancellationError() }
                }
            } throws: { error in
                guard case GenerateError.stopped(let findings, _) = error else { return false }
                return findings >= 2_000 && findings < 5_000
            }
            #expect(try Self.state(connection) == before)
        }
    }

    @Test(arguments: [false, true])
    func aConstraintViolationMidwayLeavesTheDatabaseAsItWas(bulk: Bool) throws {
        try Self.withSeededDatabase { connection in
            // A constraint the generator does not know of, broken by its second batch.
            try connection.query("ALTER TABLE findings ADD CONSTRAINT test_few_inspections CHECK (inspection_id < 40)")
            let before = try Self.state(connection)
            #expect {
                try Self.generate(connection, seed: 2, findings: 5_000, batchFindings: 1_000, bulkThreshold: bulk ? 1 : 100_000)
            } throws: { error in
                guard case GenerateError.database(let detail) = error else { return false }
                return detail.contains("test_few_inspections")
            }
            #expect(try Self.state(connection) == before)
        }
    }

    @Test func aBulkLoadRestoresEveryIndexAndForeignKeyValidated() throws {
        try Self.withSeededDatabase { connection in
            let before = try Self.catalogue(connection)
            let report = try Self.generate(connection, seed: 12, findings: 3_000, batchFindings: 1_000, bulkThreshold: 1)
            let suspended = try #require(report.suspended)
            #expect(suspended.indexes > 20 && suspended.foreignKeys > 15)
            #expect(try Self.catalogue(connection) == before)
            #expect(try connection.value("SELECT count(*) FROM pg_constraint WHERE NOT convalidated") == "0")
            #expect(try connection.value("SELECT count(*) FROM pg_index WHERE NOT indisvalid") == "0")
            // Every foreign key holds, asked of the rows directly.
            let keys = try connection.query("""
                SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, b.attname
                FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1]
                WHERE c.contype = 'f' ORDER BY 1, 2
                """).map { try ($0.decode(String.self, at: 0), $0.decode(String.self, at: 1), $0.decode(String.self, at: 2), $0.decode(String.self, at: 3)) }
            #expect(keys.count == suspended.foreignKeys)
            for (table, column, parent, key) in keys {
                // Names from the catalogue of a scratch database: the schema's own lowercase identifiers.
                #expect(try connection.value("""
                    SELECT count(*) FROM \(table) c WHERE c.\(column) IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM \(parent) p WHERE p.\(key) = c.\(column))
                    """) == "0", "\(table).\(column)")
            }
            // The sequences continue after the generated ids.
            #expect(try connection.value("SELECT (last_value = (SELECT max(id) FROM findings))::text FROM findings_id_seq") == "true")
        }
    }

    @Test func refusesASeedWhoseUnitsAreThereWithoutItsInspections() throws {
        try Self.withSeededDatabase { connection in
            try connection.query("INSERT INTO units (key, name, kind) VALUES ('g77-c0-party-committee', '某某市委', 'party_organisation')")
            let before = try Self.state(connection)
            #expect {
                try Self.generate(connection, seed: 77, findings: 100)
            } throws: { error in
                guard case GenerateError.seedUnitsWithoutDataset(77, "g77-") = error else { return false }
                return String(describing: error).contains("units with keys g77-…")
            }
            #expect(try Self.state(connection) == before)
        }
    }

    @Test func refusesADatabaseThatWasNeverMigrated() throws {
        try ScratchDatabase.with { database in
            let connection = try database.connect()
            #expect {
                try Self.generate(connection, seed: 1, findings: 100)
            } throws: { error in
                guard case GenerateError.notMigrated = error else { return false }
                return String(describing: error).contains("rectify migrate")
            }
        }
    }
}
