/// The totals a notice's summary states, and the check that its findings agree with them.
extension NoticeParser.Reader {
    nonisolated(unsafe) static let findingCountPattern = /([0-9]+)\s*个(?:具体)?问题/
    nonisolated(unsafe) static let completedPattern = /(?:已完成整改|已整改完成|已完成|已整改)\s*([0-9]+)\s*个/
    nonisolated(unsafe) static let basicallyCompletedPattern = /基本完成(?:整改)?\s*([0-9]+)\s*个/
    nonisolated(unsafe) static let longTermPattern = /([0-9]+)\s*个问题[^。0-9]*?长期坚持/

    /// The totals the summary states: the first `N个(具体)问题` is the number of findings;
    /// `已完成整改N个`, `基本完成整改N个`, and `…N个问题…需要长期坚持` the others.
    func statedTotals(in summary: String) -> NoticeTotals {
        let folded = NoticeText.fold(summary)
        func number(_ match: Substring?) -> Int? { match.flatMap { Int($0) } }
        return NoticeTotals(
            findings: number(folded.firstMatch(of: Self.findingCountPattern)?.output.1),
            completed: number(folded.firstMatch(of: Self.completedPattern)?.output.1),
            basicallyCompleted: number(folded.firstMatch(of: Self.basicallyCompletedPattern)?.output.1),
            longTerm: number(folded.firstMatch(of: Self.longTermPattern)?.output.1)
        )
    }

    /// Refuses a notice whose findings disagree with its own stated totals: fewer findings than
    /// stated is a truncated notice (reported where the next finding should have been), other
    /// disagreements are reported at the summary.
    func check(_ findings: [NoticeFinding], against totals: NoticeTotals, summaryAt summary: Int, end: Int) throws(NoticeParseError) {
        if let stated = totals.findings {
            if findings.count < stated {
                throw error(.missingFindings(expected: findings.count + 1, stated: stated, found: quote(end)), at: end)
            }
            if findings.count > stated {
                throw error(.statedCountDisagrees(what: "findings", stated: stated, counted: findings.count), at: summary)
            }
        }
        if let stated = totals.completed {
            let counted = findings.count { $0.status == .completed }
            guard counted == stated else {
                throw error(.statedCountDisagrees(what: "completed findings", stated: stated, counted: counted), at: summary)
            }
        }
        if let stated = totals.basicallyCompleted {
            let counted = findings.count { $0.status == .basicallyCompleted }
            guard counted == stated else {
                throw error(.statedCountDisagrees(what: "basically completed findings", stated: stated, counted: counted), at: summary)
            }
        }
    }
}
