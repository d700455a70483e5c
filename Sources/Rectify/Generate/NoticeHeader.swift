internal import PostgresClient

/// The opening paragraph and the summary of a synthetic notice, in the seed notice's words.
struct NoticeHeader {
    /// 市委, 县委 or 区委.
    let committeeWord: String
    /// The team as running text names it, e.g. 县委第二巡察组.
    let team: String
    /// The inspected party organisation as running text names it.
    let target: String
    let start: Int
    let end: Int
    let feedback: Int?

    /// `2019年9月18日`.
    static func written(_ days: Int) -> String {
        let date = PostgresDate(daysSince1970: days)
        return "\(date.year)年\(date.month)月\(date.day)日"
    }

    /// `9月18日`, for the end of a period in the same year as its start.
    static func writtenInYear(_ days: Int) -> String {
        let date = PostgresDate(daysSince1970: days)
        return "\(date.month)月\(date.day)日"
    }

    var introduction: String {
        let sameYear = PostgresDate(daysSince1970: start).year == PostgresDate(daysSince1970: end).year
        let period = Self.written(start) + "至" + (sameYear ? Self.writtenInYear(end) : Self.written(end))
        let feedbackSentence = feedback.map { "\(Self.written($0)),\(team)向\(target)反馈了意见。" }
            ?? "巡察结束后,\(team)向\(target)反馈了意见。"
        return "根据\(committeeWord)统一部署,\(period),\(team)对\(target)进行了巡察。\(feedbackSentence)"
            + "按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以通报。"
    }

    func summary(_ plan: FindingPlan, dispositions: SummaryDispositions) -> String {
        let total = plan.statuses.count
        var text = "\(team)反馈了\(target)在党的政治建设、思想建设、组织建设、作风建设、纪律建设等方面存在的\(total)个具体问题。"
        text += "通过边巡边改和集中整改,\(total)个问题已完成整改\(plan.count(.completed))个"
        for (status, words) in [(RectificationStatus.basicallyCompleted, "基本完成整改"), (.inProgress, "正在整改"), (.notStarted, "尚未启动整改")] {
            let count = plan.count(status)
            if count > 0 { text += "、\(words)\(count)个" }
        }
        text += ";"
        if plan.longTermCount > 0 {
            text += "另外,有\(plan.longTermCount)个问题已制定长期规划及措施,需要长期坚持。"
        }
        if dispositions.casesFiled > 0 { text += dispositions.casesClause }
        if dispositions.reminderTalks > 0 { text += dispositions.talksClause }
        return text + "同时,还制定和完善了相关规章制度,确保了整改落实,推动了成果转化。"
    }
}
