/// One non-blank line of a notice: its 1-based number, its text, and the folded copy structure
/// is matched against (see `NoticeText.fold`).
struct NoticeLine: Sendable {
    let number: Int
    /// The line without padding, as printed.
    let text: String
    /// `text` with full-width forms folded; same characters, one for one.
    let folded: String

    init(number: Int, text: some StringProtocol) {
        self.number = number
        self.text = NoticeText.trim(text)
        self.folded = NoticeText.fold(self.text)
    }

    /// The printed text from the folded index `index` on.
    func text(from index: String.Index) -> String {
        NoticeText.trim(NoticeText.suffix(text, folded: folded, from: index))
    }

    /// What a line is, structurally.
    enum Kind: Equatable {
        /// `二、巡察反馈问题整改进展情况`
        case sectionHeading
        /// `(一)在党的政治建设方面存在的问题`, with its numeral and the rest of the line.
        case categoryHeading(ordinal: String, rest: String.Index)
        /// `12.对社区教育重视不够…`, with its number and where its title starts.
        case finding(number: Int, titleStart: String.Index)
        /// `整改进度:已完成`, with where the status starts.
        case status(valueStart: String.Index)
        /// `整改进展情况:…`, with where the text starts.
        case progress(valueStart: String.Index)
        /// `2020年11月18日` alone on its line.
        case date(CivilDate?)
        case paragraph
    }

    nonisolated(unsafe) static let sectionPattern = /^[一二三四五六七八九十]+\s*[、.]/
    nonisolated(unsafe) static let categoryPattern = /^\(\s*([一二三四五六七八九十]+)\s*\)\s*/
    nonisolated(unsafe) static let findingPattern = /^([0-9]{1,5})\s*[.、]\s*/
    nonisolated(unsafe) static let statusPattern = /^(?:整改进度|整改状态)\s*:\s*/
    nonisolated(unsafe) static let progressPattern = /^(?:整改进展情况|整改落实情况|整改进展|整改情况|进展情况)\s*:\s*/
    nonisolated(unsafe) static let datePattern = /^([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日$/

    var kind: Kind {
        if folded.prefixMatch(of: NoticeLine.sectionPattern) != nil { return .sectionHeading }
        if let match = folded.prefixMatch(of: NoticeLine.categoryPattern) {
            return .categoryHeading(ordinal: String(match.output.1), rest: match.range.upperBound)
        }
        if let match = folded.prefixMatch(of: NoticeLine.findingPattern), let number = Int(match.output.1) {
            return .finding(number: number, titleStart: match.range.upperBound)
        }
        if let match = folded.prefixMatch(of: NoticeLine.statusPattern) { return .status(valueStart: match.range.upperBound) }
        if let match = folded.prefixMatch(of: NoticeLine.progressPattern) { return .progress(valueStart: match.range.upperBound) }
        if let match = folded.wholeMatch(of: NoticeLine.datePattern) {
            return .date(CivilDate(year: Int(match.output.1) ?? 0, month: Int(match.output.2) ?? 0, day: Int(match.output.3) ?? 0))
        }
        return .paragraph
    }
}
