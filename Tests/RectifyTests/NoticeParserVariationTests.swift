@testable import Rectify
import Testing

/// The genre's variations the parser accepts, and the malformed notices it refuses with the
/// line and what it expected there; no database.
@Suite struct NoticeParserVariationTests {
    let seed: String
    let lines: [String]

    init() throws {
        seed = try Fixtures.seedText
        lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// What a notice says, independent of the forms its characters are written in.
    func figures(_ notice: Notice) -> [String] {
        [notice.publishedAt.description, notice.inspection.startedOn.description, notice.inspection.endedOn.description,
         notice.inspection.feedbackOn?.description ?? "-", notice.reportedOn.description, "\(notice.statedTotals)"]
            + notice.findings.map { finding in
                "\(finding.number) \(finding.category) \(finding.status) \(NoticeText.fold(finding.title))"
                    + finding.funds.map { " \($0.kind.rawValue)=\($0.amount?.decimalText ?? "-")" }.joined()
                    + finding.dispositions.map { " \($0.kinds)" }.joined()
            }
    }

    /// Full-width forms for ASCII punctuation and digits, as many notices print them.
    static func fullWidth(_ text: String) -> String {
        String(text.map { character -> Character in
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                  (0x21...0x7E).contains(scalar.value) else { return character }
            return Character(Unicode.Scalar(scalar.value + 0xFEE0)!)
        })
    }

    @Test func readsFullWidthFormsCRLFAndStraySpacesAlike() throws {
        let expected = figures(try NoticeParser.parse(seed, fileName: "seed.txt"))
        let variant = lines.map { line -> String in
            var line = Self.fullWidth(line)
            line = line.replacingAll("整改进度:", with: "整改进度 : ").replacingAll("整改进展情况:", with: " 整改进展情况: ")
            return "\u{3000}" + line + "  "
        }.joined(separator: "\r\n")
        let notice = try NoticeParser.parse(variant, fileName: "variant.txt")
        #expect(figures(notice) == expected)
        // The amount as printed keeps the notice's own forms; its value is the same.
        #expect(notice.findings[44].funds.first?.amountText == "３８．１２万元")
        #expect(notice.findings[44].funds.first?.amount?.decimalText == "381200.00")
    }

    @Test(arguments: ["1、", "1.", "1 . "])
    func readsFindingNumbersWrittenAnyWay(separator: String) throws {
        let variant = lines.map { line -> String in
            guard let match = line.firstMatch(of: /^(\s*)([0-9]+)\.\s*/) else { return line }
            return match.output.1 + separator.replacingAll("1", with: String(match.output.2)) + line[match.range.upperBound...]
        }.joined(separator: "\n")
        let notice = try NoticeParser.parse(variant, fileName: "variant.txt")
        #expect(notice.findings.map(\.number) == Array(1...51))
        #expect(notice.findings[1].title == "部分直属学校党组织班子不健全,党建工作薄弱的问题")
    }

    /// The seed with `line` (1-based) replaced; `nil` removes it.
    func replacing(line number: Int, with text: String?) -> String {
        var copy = lines
        if let text { copy[number - 1] = text } else { copy.remove(at: number - 1) }
        return copy.joined(separator: "\n")
    }

    func line(containing text: String) throws -> Int {
        try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    func refusal(_ text: String) -> String? {
        do {
            _ = try NoticeParser.parse(text, fileName: "notice.txt")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func refusesAnUnknownStatus() throws {
        let line = try line(containing: "整改进度:基本完成")
        #expect(refusal(replacing(line: line, with: "  整改进度:差不多")) == "notice.txt:\(line): unknown rectification status \"差不多\" for finding 1 (expected 已完成, 基本完成, 正在整改, 长期坚持 or 未启动)")
    }

    @Test func refusesASkippedFindingNumber() throws {
        let line = try line(containing: "13.意识形态工作部署不到位")
        #expect(refusal(replacing(line: line, with: "  14.意识形态工作部署不到位的问题。")) == "notice.txt:\(line): expected finding 13, found finding 14")
    }

    @Test func refusesAMissingProgressLine() throws {
        let line = try line(containing: "整改进展情况:已传达学习了全省教育大会精神")
        #expect(refusal(replacing(line: line, with: nil)) == "notice.txt:\(line + 1): expected \"整改进展情况:\" after the status of finding 4")
    }

    @Test func refusesAnUnknownCategory() throws {
        let line = try line(containing: "(二)在党的思想建设方面存在的问题")
        #expect(refusal(replacing(line: line, with: "  (二)在其他方面存在的问题")) == "notice.txt:\(line): category heading \"(二)在其他方面存在的问题\" names none (or more than one) of 政治建设, 思想建设, 组织建设, 作风建设, 纪律建设")
    }

    @Test func refusesCategoriesOutOfOrder() throws {
        let line = try line(containing: "(二)在党的思想建设方面存在的问题")
        #expect(refusal(replacing(line: line, with: "  (三)在党的思想建设方面存在的问题")) == "notice.txt:\(line): expected category heading (二), found \"(三)在党的思想建设方面存在的问题\"")
    }

    @Test func refusesStatusesThatDisagreeWithTheSummary() throws {
        let line = try line(containing: "整改进度:已完成")
        let summary = try self.line(containing: "市委第二巡察组反馈了市教育局党组")
        #expect(refusal(replacing(line: line, with: "  整改进度:基本完成")) == "notice.txt:\(summary): the summary states 47 completed findings, the findings give 46")
    }

    @Test func refusesANoticeWithoutItsDate() throws {
        let line = try line(containing: "2020年11月18日")
        #expect(refusal(replacing(line: line, with: nil)) == "notice.txt:\(lines.count - 1): expected the notice's date (\"YYYY年M月D日\") under its signature after the findings")
    }

    @Test func refusesEmptyAndNonUTF8Input() {
        #expect(refusal("") == "notice.txt:1: expected the notice's title, found an empty file")
        #expect(refusal("标题\n没有发布行\n") == "notice.txt:2: expected the publication line (\"YYYY-MM-DD HH:MM 来源:…\") after the title")
        #expect(throws: NoticeParseError(fileName: "x.txt", line: 1, problem: .notUTF8)) {
            _ = try NoticeParser.parse(bytes: [0xE4, 0xB8], fileName: "x.txt")
        }
    }

    @Test func refusesAnImpossibleDate() throws {
        let text = seed.replacingAll("2019年9月18日至11月30日", with: "2019年9月31日至11月30日")
        #expect(refusal(text) == "notice.txt:4: \"2019年9月31日至11月30日\" is not a calendar date")
    }

    @Test func keepsNumberedSubItemsInsideProgressText() throws {
        let line = try line(containing: "整改进展情况:已修订、完善了党组议事规则")
        let text = replacing(line: line, with: lines[line - 1] + "\n\n  1.会议纪要及时印发;\n\n  2.会议记录改进。")
        let notice = try NoticeParser.parse(text, fileName: "notice.txt")
        #expect(notice.findings.count == 51)
        #expect(notice.findings[6].progress.hasSuffix("1.会议纪要及时印发;\n2.会议记录改进。"))
    }
}
