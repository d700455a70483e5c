import Foundation
import PostgresClient
@testable import Rectify
import Testing

/// `rectify import` of the seed notice against a real PostgreSQL: the notice's own figures
/// queried back with SQL, idempotence, atomic refusal of bad notices.
@Suite struct ImporterTests {
    let importer: NoticeImporter

    init() throws {
        importer = try NoticeImporter(gazetteerPath: Fixtures.gazetteer.path)
    }

    /// A scratch database with the schema and the seed imported.
    func withSeed(_ body: (PostgresConnection) throws -> Void) throws {
        try ScratchDatabase.with { database in
            let connection = try database.migrated()
            let (_, result) = try importer.importFiles([Fixtures.seedNotice.path], to: connection)
            #expect(result.outcomes.map(\.outcome) == [.imported])
            try body(connection)
        }
    }

    @Test func storesTheInspectionHeader() throws {
        try withSeed { (connection: PostgresConnection) throws in
            let header = try connection.query("""
                SELECT team.short_name, target.short_name, source, start_date::text, end_date::text,
                       feedback_date::text, report_date::text, to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),
                       stated_finding_count::text, signed_by
                FROM inspections i JOIN units team ON team.id = i.team_unit_id JOIN units target ON target.id = i.target_unit_id
                """)
            #expect(header.count == 1)
            #expect(try header[0].map { try $0.decode(String.self) } == [
                "市委第二巡察组", "市教育局党组", "永州市教育局", "2019-09-18", "2019-11-30", "2020-01-17", "2020-11-18",
                "2020-12-11 08:55", "51", "中共永州市教育局党组",
            ])
        }
    }

    @Test func storesFindingsPerCategoryAndStatus() throws {
        try withSeed { (connection: PostgresConnection) throws in
            #expect(try connection.column("""
                SELECT category || ' ' || count(*) FROM findings GROUP BY category ORDER BY min(number)
                """) == ["political 7", "ideological 9", "organisational 15", "conduct 9", "discipline 11"])
            #expect(try connection.column("SELECT status || ' ' || count(*) FROM findings GROUP BY status ORDER BY status")
                == ["basically_completed 4", "completed 47"])
            #expect(try connection.column("SELECT number::text FROM findings WHERE status = 'basically_completed' ORDER BY findings.number")
                == ["1", "2", "3", "12"])
            #expect(try connection.column("SELECT number::text FROM findings WHERE long_term ORDER BY findings.number") == ["9", "10", "11"])
            #expect(try connection.column("""
                SELECT number::text FROM findings WHERE title LIKE '%党费%' OR progress LIKE '%党费%' ORDER BY findings.number
                """) == ["27", "30", "31"])
        }
    }

    @Test func storesFundsWithExactAmounts() throws {
        try withSeed { (connection: PostgresConnection) throws in
            #expect(try connection.column("""
                SELECT f.number || ' ' || fu.kind || ' ' || fu.amount::text FROM funds fu JOIN findings f ON f.id = fu.finding_id
                WHERE fu.amount IS NOT NULL ORDER BY f.number
                """) == ["9 invested 7700000000.00", "45 arrears_collected 381200.00"])
            #expect(try connection.value("SELECT sum(amount)::text FROM funds") == "7700381200.00")
            #expect(try connection.column("""
                SELECT f.number || ' ' || fu.kind || ' ' || coalesce(u.short_name, '-') FROM funds fu
                JOIN findings f ON f.id = fu.finding_id LEFT JOIN units u ON u.id = fu.unit_id
                WHERE fu.amount IS NULL ORDER BY f.number
                """) == ["30 back_paid -", "32 refunded 市教科院", "33 refunded 永州四中", "34 refunded 市教科院", "36 refunded -",
                         "43 returned_to_proper_account -", "47 other -"])
        }
    }

    @Test func linksUnitsNamedByFindings() throws {
        try withSeed { (connection: PostgresConnection) throws in
            let findings = { (unit: String) throws -> [String] in
                try connection.column("""
                    SELECT f.number::text FROM finding_units fu JOIN findings f ON f.id = fu.finding_id
                    JOIN units u ON u.id = fu.unit_id WHERE u.short_name = $1 ORDER BY f.number
                    """, [.text(unit)])
            }
            #expect(try findings("永州四中") == ["1", "2", "33"])
            #expect(try findings("市教科院") == ["32", "34", "49", "50"])
            #expect(try connection.value("SELECT kind FROM units WHERE short_name = '永州四中'") == "school")
            #expect(try connection.value("""
                SELECT p.short_name FROM units u JOIN units p ON p.id = u.parent_id WHERE u.short_name = '市教科院'
                """) == "市教育局")
            // The inspected unit and the publisher concern every finding and are not linked.
            #expect(try connection.value("""
                SELECT count(*)::text FROM finding_units fu JOIN units u ON u.id = fu.unit_id
                WHERE u.short_name IN ('市教育局', '市教育局党组', '市委第二巡察组')
                """) == "0")
        }
    }

    @Test func storesTheLeadingGroup() throws {
        try withSeed { (connection: PostgresConnection) throws in
            #expect(try connection.column("""
                SELECT coalesce(p.name, '-') || ' ' || p.role || ' ' || ip.role || ' ' || u.short_name
                FROM inspection_people ip JOIN people p ON p.id = ip.person_id JOIN units u ON u.id = p.unit_id
                ORDER BY ip.id
                """) == [
                    "张建坤 局党组书记、局长,巡察整改工作领导小组组长 leader 市教育局",
                    "何宁 党组成员、副局长,巡察整改工作领导小组常务副组长、办公室主任 executive_deputy_leader 市教育局",
                    "何宁 党组成员、副局长,巡察整改工作领导小组常务副组长、办公室主任 office_head 市教育局",
                    "- 其他班子成员,巡察整改工作领导小组副组长 deputy_leader 市教育局",
                ])
            #expect(try connection.value("""
                SELECT u.name FROM inspections i JOIN units u ON u.id = i.leading_group_unit_id
                """) == "市教育局巡察整改工作领导小组")
        }
    }

    @Test func storesDispositionsByFindingAndFromTheSummary() throws {
        try withSeed { (connection: PostgresConnection) throws in
            #expect(try connection.column("""
                SELECT f.number || ' ' || p.role || ' ' || d.kind FROM dispositions d
                JOIN findings f ON f.id = d.finding_id JOIN people p ON p.id = d.person_id
                WHERE p.role IN ('时任人事科科长', '原档案专审员', '市教科院负责人') ORDER BY f.number, d.id
                """) == [
                    "17 时任人事科科长 criticism", "17 时任人事科科长 written_self_examination", "18 时任人事科科长 criticism",
                    "22 原档案专审员 criticism", "32 市教科院负责人 reminder_talk", "34 市教科院负责人 reminder_talk",
                ])
            // One person per role within the notice: the personnel head of 17 and 18 is one row.
            #expect(try connection.value("SELECT count(*)::text FROM people WHERE role = '时任人事科科长'") == "1")
            #expect(try connection.value("""
                SELECT u.short_name FROM people p JOIN units u ON u.id = p.unit_id WHERE p.role = '市教科院负责人'
                """) == "市教科院")
            // The summary: 7 people with cases filed and warned, 4 cadres given reminder talks.
            #expect(try connection.column("""
                SELECT kind || ' ' || count(DISTINCT person_id) FROM dispositions WHERE finding_id IS NULL GROUP BY kind ORDER BY kind
                """) == ["case_filed 7", "reminder_talk 4", "warning 7"])
            #expect(try connection.value("""
                SELECT count(*)::text FROM people p WHERE EXISTS (
                    SELECT 1 FROM dispositions d WHERE d.person_id = p.id AND d.kind = 'case_filed')
                  AND EXISTS (SELECT 1 FROM dispositions d WHERE d.person_id = p.id AND d.kind = 'warning')
                """) == "7")
        }
    }

    @Test func importingTheSameNoticeAgainChangesNothing() throws {
        try withSeed { (connection: PostgresConnection) throws in
            let before = try ScratchDatabase.dump(connection)
            let (_, result) = try importer.importFiles([Fixtures.seedNotice.path], to: connection)
            #expect(result.outcomes.map(\.outcome) == [.unchanged])
            #expect(result.unitsInserted == 0 && result.unitsUpdated == 0)
            #expect(try ScratchDatabase.dump(connection) == before)
        }
    }

    @Test func aChangedNoticeReplacesItsInspectionInPlace() throws {
        try withSeed { (connection: PostgresConnection) throws in
            let id = try connection.value("SELECT id::text FROM inspections")
            let changed = try Fixtures.seedText.replacingOccurrences(of: "欠缴电费38.12万元已催收完成", with: "欠缴电费38.13万元已催收完成")
            let prepared = try importer.prepare(path: try Self.write(changed, named: "yongzhou-education-rectification-2020.txt", annotations: true))
            let result = try importer.write([prepared], to: connection)
            #expect(result.outcomes.map(\.outcome) == [.replaced])
            #expect(try connection.value("SELECT id::text FROM inspections") == id)
            #expect(try connection.value("SELECT count(*)::text FROM findings") == "51")
            #expect(try connection.value("SELECT sum(amount)::text FROM funds") == "7700381300.00")
            #expect(try connection.value("SELECT count(*)::text FROM people WHERE role = '被立案查处人员'") == "7")
        }
    }

    @Test(arguments: [("31.党费管理不规范", "expected finding 31 (the summary states 51 findings), found end of file"),
                      ("整改进展情况:已按要求补缴党费", "expected \"整改进展情况:\" after the status of finding 30")])
    func aTruncatedNoticeIsRefusedAndChangesNothing(cutBefore: String, message: String) throws {
        try withSeed { (connection: PostgresConnection) throws in
            let before = try ScratchDatabase.dump(connection)
            let lines = try Fixtures.seedText.split(separator: "\n", omittingEmptySubsequences: false)
            let cut = try #require(lines.firstIndex { $0.contains(cutBefore) })
            let path = try Self.write(lines.prefix(cut).joined(separator: "\n"), named: "truncated.txt", annotations: false)
            #expect {
                _ = try importer.importFiles([Fixtures.seedNotice.path, path], to: connection)
            } throws: { error in
                "\(error)" == "truncated.txt:\(cut): \(message)"
            }
            #expect(try ScratchDatabase.dump(connection) == before)
        }
    }

    @Test func aGarbledNoticeIsRefusedWithItsLineAndChangesNothing() throws {
        try withSeed { (connection: PostgresConnection) throws in
            let before = try ScratchDatabase.dump(connection)
            var lines = try Fixtures.seedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let title = try #require(lines.firstIndex { $0.contains("12.对社区教育重视不够") })
            let status = try #require(lines[title...].firstIndex { $0.contains("整改进度") })
            lines.remove(at: status)
            let progress = try #require(lines[title...].firstIndex { $0.contains("整改进展情况") })
            let path = try Self.write(lines.joined(separator: "\n"), named: "garbled.txt", annotations: false)
            #expect {
                _ = try importer.importFiles([path], to: connection)
            } throws: { error in
                "\(error)" == "garbled.txt:\(progress + 1): expected \"整改进度:\" after finding 12"
            }
            #expect(try ScratchDatabase.dump(connection) == before)
        }
    }

    /// Writes `text` to a fresh temporary directory (with the seed's annotations renamed beside
    /// it when asked); returns the notice's path.
    static func write(_ text: String, named name: String, annotations: Bool) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rectify-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let notice = directory.appendingPathComponent(name)
        try text.write(to: notice, atomically: true, encoding: .utf8)
        if annotations {
            let source = Fixtures.seedDirectory.appendingPathComponent("yongzhou-education-rectification-2020.annotations.json")
            try FileManager.default.copyItem(atPath: source.path, toPath: NoticeAnnotations.path(forNotice: notice.path))
        }
        return notice.path
    }
}
