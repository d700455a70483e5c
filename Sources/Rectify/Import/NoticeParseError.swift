/// Why a notice could not be read, and where: `notice.txt:57: expected "整改进度:" after finding 12`.
package struct NoticeParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The notice's file name.
    package let fileName: String
    /// 1-based line of the original file the problem is on.
    package let line: Int
    package let problem: Problem

    /// What was wrong.
    package enum Problem: Hashable, Sendable, CustomStringConvertible {
        case notUTF8
        case emptyNotice
        case tooLarge(limit: Int)
        case expectedPublicationLine
        case expectedInspectionDates
        case invalidDate(String)
        case expectedCategoryHeading(beforeFinding: Int)
        case unknownCategory(heading: String)
        case duplicateCategory(heading: String)
        case unexpectedCategoryNumber(expected: Int, found: String)
        case unexpectedFindingNumber(expected: Int, found: Int)
        case emptyFindingTitle(finding: Int)
        case expectedFinding(Int, found: String)
        case expectedStatus(afterFinding: Int)
        case unknownStatus(String, finding: Int)
        case expectedProgress(afterFinding: Int)
        case missingFindings(expected: Int, stated: Int, found: String)
        case statedCountDisagrees(what: String, stated: Int, counted: Int)
        case unreadableAmount(String, finding: Int)
        case noFindings
        case expectedReportDate

        package var description: String {
            switch self {
            case .notUTF8: "expected UTF-8 text"
            case .emptyNotice: "expected the notice's title, found an empty file"
            case .tooLarge(let limit): "notice is larger than \(limit) bytes"
            case .expectedPublicationLine: "expected the publication line (\"YYYY-MM-DD HH:MM 来源:…\") after the title"
            case .expectedInspectionDates: "expected the inspection's dates and parties (\"YYYY年M月D日至M月D日,<team>对<unit>进行了巡察\") in the opening paragraph"
            case .invalidDate(let text): "\"\(text)\" is not a calendar date"
            case .expectedCategoryHeading(let number): "expected a category heading such as \"(一)在党的政治建设方面存在的问题\" before finding \(number)"
            case .unknownCategory(let heading): "category heading \"\(heading)\" names none (or more than one) of 政治建设, 思想建设, 组织建设, 作风建设, 纪律建设"
            case .duplicateCategory(let heading): "category heading \"\(heading)\" repeats a category already listed"
            case .unexpectedCategoryNumber(let expected, let found): "expected category heading (\(NoticeParseError.chinese(expected))), found \"\(found)\""
            case .unexpectedFindingNumber(let expected, let found): "expected finding \(expected), found finding \(found)"
            case .emptyFindingTitle(let number): "expected the title of finding \(number) after its number"
            case .expectedFinding(let number, let found): "expected finding \(number), found \"\(found)\""
            case .expectedStatus(let number): "expected \"整改进度:\" after finding \(number)"
            case .unknownStatus(let text, let number): "unknown rectification status \"\(text)\" for finding \(number) (expected 已完成, 基本完成, 正在整改, 长期坚持 or 未启动)"
            case .expectedProgress(let number): "expected \"整改进展情况:\" after the status of finding \(number)"
            case .missingFindings(let expected, let stated, let found): "expected finding \(expected) (the summary states \(stated) findings), found \(found)"
            case .statedCountDisagrees(let what, let stated, let counted): "the summary states \(stated) \(what), the findings give \(counted)"
            case .unreadableAmount(let text, let number): "amount \"\(text)\" in finding \(number) cannot be held exactly in yuan and fen"
            case .noFindings: "expected numbered findings (\"1. …\" after a category heading), found none"
            case .expectedReportDate: "expected the notice's date (\"YYYY年M月D日\") under its signature after the findings"
            }
        }
    }

    package var description: String { "\(fileName):\(line): \(problem)" }

    static func chinese(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 1...9: return digits[number]
        case 10: return "十"
        case 11...19: return "十" + digits[number - 10]
        case 20...99: return digits[number / 10] + "十" + digits[number % 10]
        default: return String(number)
        }
    }
}
