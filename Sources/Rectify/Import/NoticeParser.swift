/// Reads a rectification-progress notice (text) into a `Notice`, refusing text that is not one.
///
/// The genre's layout, which the parser relies on:
/// ```
/// <title>
/// <YYYY-MM-DD HH:MM[:SS]> 来源:<publisher>
/// <opening paragraph: dates of the inspection, team, inspected unit, feedback date>
/// 一、… (sections; one of them lists the findings)
/// <summary paragraph: totals>
/// (一)在党的政治建设方面存在的问题           ← category heading
/// 1. <finding title>                     ← numbered finding (1. 1、 1. all read)
/// 整改进度:已完成                          ← status
/// 整改进展情况:<progress, maybe several paragraphs>
/// …
/// 三、… (later sections)
/// <signing body>
/// YYYY年M月D日                             ← the notice's date
/// ```
/// Full- and half-width punctuation and digits, stray spaces and `\r\n` are all accepted. Every
/// error names the file, the line and what was expected there. Parsing is pure: no I/O.
package enum NoticeParser {
    /// Notices are a few tens of kilobytes; anything past this is not one.
    package static let maximumBytes = 4 << 20

    /// Parses UTF-8 bytes; see `parse(_:fileName:)`.
    package static func parse(bytes: [UInt8], fileName: String) throws(NoticeParseError) -> Notice {
        guard bytes.count <= maximumBytes else {
            throw NoticeParseError(fileName: fileName, line: 1, problem: .tooLarge(limit: maximumBytes))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw NoticeParseError(fileName: fileName, line: 1, problem: .notUTF8)
        }
        return try parse(text, fileName: fileName)
    }

    /// Parses a notice's text; `fileName` is used in errors and kept in the result.
    package static func parse(_ text: String, fileName: String) throws(NoticeParseError) -> Notice {
        let rawLines = NoticeText.lines(text)
        let lines = rawLines.enumerated().map { NoticeLine(number: $0.offset + 1, text: $0.element) }.filter { !$0.text.isEmpty }
        let reader = Reader(fileName: fileName, lines: lines, lastLineNumber: max(1, rawLines.count))
        var notice = try reader.read()
        notice.text = text
        return notice
    }
}

extension NoticeParser {
    /// The parser's state: the notice's non-blank lines, their kinds, and where it has got to.
    struct Reader {
        let fileName: String
        let lines: [NoticeLine]
        let kinds: [NoticeLine.Kind]
        let lastLineNumber: Int

        init(fileName: String, lines: [NoticeLine], lastLineNumber: Int) {
            self.fileName = fileName
            self.lines = lines
            self.kinds = lines.map(\.kind)
            self.lastLineNumber = lastLineNumber
        }

        func error(_ problem: NoticeParseError.Problem, at index: Int) -> NoticeParseError {
            let line = index < lines.count ? lines[index].number : lastLineNumber
            return NoticeParseError(fileName: fileName, line: line, problem: problem)
        }

        /// What the line at `index` is, for messages: a short quote, or "end of file".
        func quote(_ index: Int) -> String {
            guard index < lines.count else { return "end of file" }
            let text = lines[index].text
            return text.count > 24 ? String(text.prefix(24)) + "…" : text
        }

        func read() throws(NoticeParseError) -> Notice {
            guard !lines.isEmpty else { throw error(.emptyNotice, at: 0) }
            let title = lines[0].text
            guard lines.count > 1, let (publishedAt, source) = try publication(lines[1]) else {
                throw error(.expectedPublicationLine, at: 1)
            }
            guard let firstFinding = kinds.indices.first(where: { kinds[$0].isFinding }) else {
                throw error(.noFindings, at: lines.count)
            }
            guard let categoryIndex = categoryHeading(before: firstFinding) else {
                throw error(.expectedCategoryHeading(beforeFinding: kinds[firstFinding].findingNumber ?? 1), at: firstFinding)
            }
            let firstSection = (2..<categoryIndex).first { kinds[$0] == .sectionHeading } ?? categoryIndex
            let findingsSection = (2..<categoryIndex).last { kinds[$0] == .sectionHeading }
            let introduction = lines[2..<firstSection].map(\.text).joined(separator: "\n")
            guard !introduction.isEmpty, let inspection = try inspection(in: introduction, at: 2) else {
                throw error(.expectedInspectionDates, at: 2)
            }
            let summaryStart = findingsSection.map { $0 + 1 } ?? categoryIndex
            let summary = lines[summaryStart..<categoryIndex].map(\.text).joined(separator: "\n")

            let (findings, end) = try readFindings(from: categoryIndex)
            let totals = statedTotals(in: summary)
            try check(findings, against: totals, summaryAt: summaryStart, end: end)
            let (reportedOn, signedBy) = try reportDate(from: end)
            return Notice(
                fileName: fileName, text: "", title: title, source: source, publishedAt: publishedAt,
                inspection: inspection, reportedOn: reportedOn, signedBy: signedBy,
                introduction: introduction, introductionLine: lines[2].number, summary: summary,
                summaryLine: summaryStart < lines.count ? lines[summaryStart].number : lastLineNumber,
                statedTotals: totals, findings: findings,
                summaryDispositions: DispositionExtractor.dispositions(in: summary)
            )
        }

        /// The nearest category heading before `index` within the same section.
        func categoryHeading(before index: Int) -> Int? {
            var candidate = index - 1
            while candidate >= 2 {
                switch kinds[candidate] {
                case .categoryHeading: return candidate
                case .sectionHeading: return nil
                default: candidate -= 1
                }
            }
            return nil
        }
    }
}

extension NoticeLine.Kind {
    var isFinding: Bool { findingNumber != nil }

    var findingNumber: Int? {
        if case .finding(let number, _) = self { return number }
        return nil
    }
}
