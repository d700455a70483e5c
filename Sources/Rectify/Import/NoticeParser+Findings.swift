/// The findings section: category headings and numbered findings with status and progress.
extension NoticeParser.Reader {
    /// Reads category headings and findings from `start` (a category heading) up to the next
    /// section heading or date line; returns the findings and the index where it stopped.
    func readFindings(from start: Int) throws(NoticeParseError) -> ([NoticeFinding], Int) {
        var findings: [NoticeFinding] = []
        var category: FindingCategory?
        var seen: Set<FindingCategory> = []
        var inPreface = false
        var index = start
        while index < lines.count {
            switch kinds[index] {
            case .sectionHeading, .date:
                return (findings, index)
            case .categoryHeading(let ordinal, _):
                let expected = seen.count + 1
                guard NoticeText.chineseNumeral(ordinal) == expected else {
                    throw error(.unexpectedCategoryNumber(expected: expected, found: lines[index].text), at: index)
                }
                guard let named = FindingCategory.named(byHeading: lines[index].folded) else {
                    throw error(.unknownCategory(heading: lines[index].text), at: index)
                }
                guard seen.insert(named).inserted else { throw error(.duplicateCategory(heading: lines[index].text), at: index) }
                category = named
                inPreface = true
                index += 1
            case .finding(let number, let titleStart):
                let expected = findings.count + 1
                guard number == expected else { throw error(.unexpectedFindingNumber(expected: expected, found: number), at: index) }
                let (finding, next) = try readFinding(number: number, category: category ?? .political, titleStart: titleStart, at: index)
                findings.append(finding)
                inPreface = false
                index = next
            case .status, .progress:
                throw error(.expectedFinding(findings.count + 1, found: quote(index)), at: index)
            case .paragraph:
                // A category's own introduction, before its first finding.
                guard inPreface else {
                    throw error(.expectedFinding(findings.count + 1, found: quote(index)), at: index)
                }
                index += 1
            }
        }
        return (findings, lines.count)
    }

    /// Reads one finding: its title line at `index`, `整改进度:` and `整改进展情况:` lines, and
    /// the paragraphs that continue its progress text.
    func readFinding(number: Int, category: FindingCategory, titleStart: String.Index, at index: Int) throws(NoticeParseError) -> (NoticeFinding, Int) {
        var title = lines[index].text(from: titleStart)
        while let last = title.last, "。.".contains(last) { title.removeLast() }
        guard !title.isEmpty else { throw error(.emptyFindingTitle(finding: number), at: index) }

        let statusIndex = index + 1
        guard statusIndex < lines.count, case .status(let valueStart) = kinds[statusIndex] else {
            throw error(.expectedStatus(afterFinding: number), at: statusIndex)
        }
        let statusText = lines[statusIndex].text(from: valueStart)
        guard let (status, isLongTerm) = RectificationStatus.parse(NoticeText.fold(statusText)) else {
            throw error(.unknownStatus(statusText, finding: number), at: statusIndex)
        }

        let progressIndex = statusIndex + 1
        guard progressIndex < lines.count, case .progress(let progressStart) = kinds[progressIndex] else {
            throw error(.expectedProgress(afterFinding: number), at: progressIndex)
        }
        var paragraphs = [lines[progressIndex].text(from: progressStart)]
        var next = progressIndex + 1
        while next < lines.count, continuesProgress(at: next, nextFinding: number + 1) {
            paragraphs.append(lines[next].text)
            next += 1
        }
        let progress = paragraphs.filter { !$0.isEmpty }.joined(separator: "\n")
        guard !progress.isEmpty else { throw error(.expectedProgress(afterFinding: number), at: progressIndex) }

        let funds: [NoticeFund]
        switch FundExtractor.funds(in: progress) {
        case .success(let found): funds = found
        case .failure(let problem): throw error(.unreadableAmount(problem.text, finding: number), at: progressIndex)
        }
        let finding = NoticeFinding(
            number: number, category: category, title: title, status: status, isLongTermByStatus: isLongTerm,
            progress: progress, line: lines[index].number, funds: funds,
            dispositions: DispositionExtractor.dispositions(in: progress)
        )
        return (finding, next)
    }

    /// Whether the line at `index` continues a progress text: any paragraph, and a numbered line
    /// too unless it is the next finding (its number, or a status line right after it).
    func continuesProgress(at index: Int, nextFinding: Int) -> Bool {
        switch kinds[index] {
        case .paragraph:
            return true
        case .finding(let number, _):
            if number == nextFinding { return false }
            if index + 1 < lines.count, case .status = kinds[index + 1] { return false }
            return true
        default:
            return false
        }
    }
}
