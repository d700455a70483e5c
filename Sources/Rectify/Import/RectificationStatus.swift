/// A finding's rectification status (`整改进度`); raw values are the `findings.status` column's values.
package enum RectificationStatus: String, CaseIterable, Sendable, Codable {
    case completed
    case basicallyCompleted = "basically_completed"
    case inProgress = "in_progress"
    case notStarted = "not_started"

    /// Reads the status a notice prints after `整改进度:`.
    ///
    /// Returns the status and whether the wording also says the work is long-term (`长期坚持`,
    /// `持续整改`), or nil for wording the genre does not use.
    package static func parse(_ text: String) -> (status: RectificationStatus, isLongTerm: Bool)? {
        var words = text.filter { !$0.isWhitespace }
        while let last = words.last, "。.;;".contains(last) { words.removeLast() }
        switch words {
        case "已完成", "完成", "已整改", "已完成整改", "整改完成", "已整改完成", "已办结":
            return (.completed, false)
        case "基本完成", "基本完成整改", "已基本完成", "已基本完成整改", "基本整改完成":
            return (.basicallyCompleted, false)
        case "正在整改", "整改中", "推进中", "正在推进", "持续推进", "正在落实", "未完成", "尚未完成":
            return (.inProgress, false)
        case "长期坚持", "持续整改", "需长期坚持", "需要长期坚持", "长期整改":
            return (.inProgress, true)
        case "未启动", "尚未启动", "未开始", "未整改", "尚未整改":
            return (.notStarted, false)
        default:
            return nil
        }
    }
}
