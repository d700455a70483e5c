@testable import Rectify
import Testing

/// The notice parser on the seed notice and on the genre's variations; no database.
@Suite struct NoticeParserTests {
    let notice: Notice

    init() throws {
        notice = try NoticeParser.parse(try Fixtures.seedText, fileName: "seed.txt")
    }

    @Test func readsTheHeader() {
        #expect(notice.title == "中共永州市教育局党组关于巡察整改进展情况的通报")
        #expect(notice.source == "永州市教育局")
        #expect(notice.publishedAt.description == "2020-12-11T08:55:00+08:00")
        #expect(notice.inspection.team == "市委第二巡察组")
        #expect(notice.inspection.target == "市教育局党组")
        #expect(notice.inspection.startedOn.description == "2019-09-18")
        #expect(notice.inspection.endedOn.description == "2019-11-30")
        #expect(notice.inspection.feedbackOn?.description == "2020-01-17")
        #expect(notice.reportedOn.description == "2020-11-18")
        #expect(notice.signedBy == "中共永州市教育局党组")
        #expect(notice.summary.hasPrefix("市委第二巡察组反馈了市教育局党组"))
    }

    @Test func readsFiftyOneFindingsInFiveCategories() {
        #expect(notice.findings.map(\.number) == Array(1...51))
        let perCategory = FindingCategory.allCases.map { category in notice.findings.count { $0.category == category } }
        #expect(perCategory == [7, 9, 15, 9, 11])
        #expect(notice.findings[16].category == .organisational)
        #expect(notice.findings[31].title == "市教科院违规超范围发放补助的问题")
    }

    @Test func readsStatusesAndStatedTotals() {
        #expect(notice.findings.count { $0.status == .completed } == 47)
        #expect(notice.findings.filter { $0.status == .basicallyCompleted }.map(\.number) == [1, 2, 3, 12])
        #expect(notice.statedTotals == NoticeTotals(findings: 51, completed: 47, basicallyCompleted: 4, longTerm: 3))
    }

    @Test func readsProgressText() {
        #expect(notice.findings[44].progress.hasPrefix("欠缴电费38.12万元已催收完成。"))
        #expect(notice.findings[50].progress.hasSuffix("由市教师发展中心组织实施。"))
    }

    @Test func readsFundsWithExactAmounts() {
        let funds = notice.findings.flatMap { finding in finding.funds.map { (finding.number, $0) } }
        let withAmounts = funds.filter { $0.1.amount != nil }
        #expect(withAmounts.map { "\($0.0) \($0.1.kind.rawValue) \($0.1.amount!.decimalText) \($0.1.amountText!)" } == [
            "9 invested 7700000000.00 77亿元",
            "45 arrears_collected 381200.00 38.12万元",
        ])
        let withoutAmounts = funds.filter { $0.1.amount == nil }.map { "\($0.0) \($0.1.kind.rawValue)" }
        #expect(withoutAmounts == [
            "30 back_paid", "32 refunded", "33 refunded", "34 refunded", "36 refunded",
            "43 returned_to_proper_account", "47 other",
        ])
    }

    @Test func readsDispositionsOfFindings() {
        let stated = notice.findings.flatMap { finding in
            finding.dispositions.map { "\(finding.number) \($0.subject) \($0.kinds.map(\.rawValue).joined(separator: "+"))" }
        }
        #expect(stated == [
            "5 role(\"有关人员\") other",
            "17 role(\"时任人事科科长\") criticism+written_self_examination",
            "18 role(\"时任人事科科长\") criticism",
            "22 role(\"原档案专审员\") criticism",
            "24 role(\"相关人员\") reminder_talk",
            "30 role(\"长期不缴纳党费的党员\") other",
            "32 role(\"市教科院负责人\") reminder_talk",
            "34 role(\"市教科院负责人\") reminder_talk",
            "40 role(\"具体承办人员\") interview",
        ])
    }

    @Test func readsDispositionsOfTheSummary() {
        #expect(notice.summaryDispositions.map(\.subject) == [
            .counted(7, role: "被立案查处人员"), .counted(4, role: "党员干部"),
        ])
        #expect(notice.summaryDispositions.map(\.kinds) == [[.caseFiled, .warning], [.reminderTalk]])
    }
}
