/// The categories, statuses and long-term flags of one notice's findings, drawn before any
/// finding is written because the notice's summary states their totals.
///
/// Findings are listed by category in the order notices use (political … discipline), every
/// category has at least one finding when there are five or more, and each category gets its
/// realistic share. Most findings are completed; how many depends on the inspection (a diligence
/// drawn per notice), the rest are basically completed, in progress or, rarely, not started; about
/// one in twenty needs long-term effort.
struct FindingPlan {
    /// Each finding's category, as its index in `FindingCategory.allCases`.
    let categories: [Int]
    let statuses: [RectificationStatus]
    let longTerm: [Bool]

    static func draw(size: Int, _ random: inout SplitMix64) -> FindingPlan {
        var perCategory = [Int](repeating: size >= 5 ? 1 : 0, count: 5)
        for _ in 0..<(size - perCategory.reduce(0, +)) {
            perCategory[random.weighted(FindingPhrases.categoryWeights)] += 1
        }
        var categories: [Int] = []
        categories.reserveCapacity(size)
        for (index, count) in perCategory.enumerated() {
            categories += repeatElement(index, count: count)
        }
        let diligence = random.int(in: 700...960)
        var statuses: [RectificationStatus] = []
        var longTerm: [Bool] = []
        statuses.reserveCapacity(size)
        longTerm.reserveCapacity(size)
        for _ in 0..<size {
            if random.chance(perMille: 50) {
                longTerm.append(true)
                statuses.append(random.chance(perMille: 500) ? .completed : .inProgress)
            } else if random.int(in: 0...999) < diligence {
                longTerm.append(false)
                statuses.append(.completed)
            } else {
                longTerm.append(false)
                statuses.append([RectificationStatus.basicallyCompleted, .inProgress, .notStarted][random.weighted([50, 38, 12])])
            }
        }
        return FindingPlan(categories: categories, statuses: statuses, longTerm: longTerm)
    }

    func count(_ status: RectificationStatus) -> Int {
        statuses.reduce(0) { $0 + ($1 == status ? 1 : 0) }
    }

    var longTermCount: Int {
        longTerm.reduce(0) { $0 + ($1 ? 1 : 0) }
    }
}

/// The people a notice's summary says were dealt with, outside any finding: cases filed (most
/// with a warning) and reminder talks, as the seed notice's "对7人进行了立案查处…共对4名党员干部进行了提醒谈话".
struct SummaryDispositions {
    let casesFiled: Int
    let withWarning: Bool
    let reminderTalks: Int

    static func draw(_ random: inout SplitMix64) -> SummaryDispositions {
        let casesFiled = random.chance(perMille: 450) ? 1 + random.zipf(below: 9) : 0
        let withWarning = random.chance(perMille: 800)
        let reminderTalks = random.chance(perMille: 600) ? 1 + random.zipf(below: 15) : 0
        return SummaryDispositions(casesFiled: casesFiled, withWarning: withWarning, reminderTalks: reminderTalks)
    }

    /// The clause about cases filed, as the summary prints it and the disposition notes quote it.
    var casesClause: String {
        "巡察整改以来,对\(casesFiled)人进行了立案查处" + (withWarning ? ",并根据其违规情况给予了警告处分;" : ";")
    }

    var talksClause: String {
        "共对\(reminderTalks)名党员干部进行了提醒谈话。"
    }
}
