/// A rectification-progress notice as its text states it, before any unit or person is resolved.
///
/// `NoticeParser` makes it from text alone; `ImportPlanner` joins it with the units gazetteer and
/// the notice's annotations to make what the database receives.
package struct Notice: Hashable, Sendable {
    /// The file the notice was read from, without directories (used in messages and stored).
    package var fileName: String
    /// The whole text as read (annotations' quotes are checked against it).
    package var text: String
    package var title: String
    /// The publisher as printed after `来源:`.
    package var source: String
    package var publishedAt: NoticeTimestamp
    package var inspection: NoticeInspection
    /// The notice's own date, under its signature.
    package var reportedOn: CivilDate
    /// The body that signs the notice, printed above its date.
    package var signedBy: String?
    /// The opening paragraph, as printed.
    package var introduction: String
    /// Line of the opening paragraph (for messages).
    package var introductionLine: Int
    /// The paragraphs between the findings section's heading and its first category heading.
    package var summary: String
    /// Line of the summary's first paragraph (for messages).
    package var summaryLine: Int
    package var statedTotals: NoticeTotals
    package var findings: [NoticeFinding]
    /// Dispositions the summary states without naming a finding (`对7人进行了立案查处`).
    package var summaryDispositions: [NoticeDisposition]
}

/// Who inspected whom, and when, as the opening paragraph says.
package struct NoticeInspection: Hashable, Sendable {
    /// The inspecting team as printed, e.g. `市委第二巡察组`.
    package var team: String
    /// The inspected unit as printed, e.g. `市教育局党组`.
    package var target: String
    package var startedOn: CivilDate
    package var endedOn: CivilDate
    package var feedbackOn: CivilDate?
}

/// The totals a notice states about itself in its summary; nil where it states none.
package struct NoticeTotals: Hashable, Sendable {
    package var findings: Int?
    package var completed: Int?
    package var basicallyCompleted: Int?
    package var longTerm: Int?
}

/// One numbered finding with its status and progress.
package struct NoticeFinding: Hashable, Sendable {
    package var number: Int
    package var category: FindingCategory
    /// The problem, without its closing full stop.
    package var title: String
    package var status: RectificationStatus
    /// True when the status wording itself says long-term (`整改进度:长期坚持`).
    package var isLongTermByStatus: Bool
    /// What was done (`整改进展情况`), its paragraphs joined by newlines.
    package var progress: String
    /// Line of the finding's numbered title.
    package var line: Int
    package var funds: [NoticeFund]
    package var dispositions: [NoticeDisposition]
}
