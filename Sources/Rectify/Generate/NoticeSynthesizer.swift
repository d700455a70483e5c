internal import PostgresClient

/// Writes synthetic inspections, one notice at a time, into the dataset's row buffers: the
/// inspection, its leadership, findings, the units and people they concern, funds and
/// dispositions, shaped like what `rectify import` writes for a real notice.
///
/// Each inspection draws from its own stream (seed, ordinal), so its rows depend only on the seed,
/// the findings asked for and where it stands in the schedule; ids are given out in writing order.
/// Named people are the one state shared between inspections (``PersonRegistry``).
struct NoticeSynthesizer {
    /// Part of every generated inspection's checksum: a change to what the generator writes for
    /// a seed changes this, so old and new datasets are told apart.
    static let version = "rectify-generate-1"

    let seed: UInt64
    let findings: Int
    let province: SyntheticProvince
    let schedule: InspectionSchedule
    let unitIDs: UnitIDs
    var registry: PersonRegistry
    private var visiting: (round: Int, order: [Int]) = (-1, [])

    // Scratch buffers reused for every finding (no allocation per row).
    var title: [UInt8] = []
    var progress: [UInt8] = []
    var sentence: [UInt8] = []
    var linked: [(unit: Int, role: LinkRole)] = []
    var findingPeople: [(person: Int, role: LinkRole)] = []

    /// The part a unit or person plays in a finding (`finding_units.role`, `finding_people.role`).
    enum LinkRole: String {
        case responsible, involved, mentioned
    }

    init(seed: UInt64, findings: Int, province: SyntheticProvince, unitIDs: UnitIDs) {
        self.seed = seed
        self.findings = findings
        self.province = province
        self.unitIDs = unitIDs
        schedule = InspectionSchedule(seed: seed, findings: findings, targetCount: province.targets.count)
        registry = PersonRegistry(seed: seed)
    }

    /// What `source_file` says for every inspection generated with these arguments.
    static func sourceFile(seed: UInt64, findings: Int) -> String {
        "generate --seed \(seed) --findings \(findings)"
    }

    /// What one inspection is about, shared by the parts that write its rows.
    struct Context {
        let id: Int
        let target: InspectionTarget
        /// The day the inspection started: whose term of office the people it names serve in.
        let start: Int
        /// The home unit's term of office when the inspection started (its leaders' term).
        let term: Int
        var random: SplitMix64
        /// People the notice names only by a role, once each (`时任人事科科长` in two findings is
        /// one person), by role.
        var rolePeople: [[UInt8]: Int] = [:]
    }

    /// Writes the inspection with ordinal `ordinal` of the schedule and all its rows.
    mutating func write(inspection ordinal: Int, into tables: inout DatasetTables) {
        let (round, slot) = schedule.round(of: ordinal)
        if visiting.round != round { visiting = (round, schedule.visitingOrder(round: round)) }
        let targetIndex = visiting.order[slot]
        let target = province.targets[targetIndex]
        var random = SplitMix64(seed: seed, stream: GeneratorStream.inspection, index: UInt64(ordinal))
        let size = schedule.sizes[ordinal]

        let start = random.int(in: schedule.window(round: round))
        let end = start + random.int(in: 25...75)
        let feedback: Int? = random.chance(perMille: 920) ? end + random.int(in: 10...60) : nil
        let report = (feedback ?? end) + random.int(in: 90...330)
        let published: (day: Int, minute: Int)? = random.chance(perMille: 950)
            ? (report + random.int(in: 0...20), random.int(in: 480...1080)) : nil
        let teamNumber = (targetIndex + round) % target.teams.count
        let hasLeadingGroup = random.chance(perMille: 850)
        let plan = FindingPlan.draw(size: size, &random)
        let summaryDispositions = SummaryDispositions.draw(&random)

        var context = Context(id: tables.nextID(.inspections), target: target, start: start,
                              term: PersonRegistry.term(unit: target.home, day: start), random: random)
        let home = province.units[target.home]
        let targetUnit = province.units[target.unit]
        let header = NoticeHeader(
            committeeWord: target.committeeWord, team: target.committeeWord + "第" + NoticeParseError.chinese(teamNumber + 1) + "巡察组",
            target: targetUnit.shortName ?? targetUnit.name, start: start, end: end, feedback: feedback)
        tables.row(.inspections) { row in
            row.int(context.id)
            // Rounds in Chinese numerals (第三轮); past 99, which only very large datasets reach, in digits.
            row.text("\(targetUnit.name)关于\(target.committeeWord)第\(NoticeParseError.chinese(round + 1))轮巡察整改进展情况的通报")
            row.text(home.name)
            row.int(unitIDs.id(target.home))
            row.int(unitIDs.id(target.teams[teamNumber]))
            row.int(unitIDs.id(target.unit))
            row.int(hasLeadingGroup ? unitIDs.id(target.leadingGroup) : nil)
            row.date(days: start)
            row.date(days: end)
            row.date(days: feedback)
            row.date(days: report)
            if let published { row.chinaTime(days: published.day, minuteOfDay: published.minute) } else { row.null() }
            row.text(targetUnit.name)
            row.text(header.introduction)
            row.text(header.summary(plan, dispositions: summaryDispositions))
            row.int(size)
            row.int(plan.count(.completed))
            row.int(plan.count(.basicallyCompleted) > 0 ? plan.count(.basicallyCompleted) : nil)
            row.int(plan.longTermCount > 0 ? plan.longTermCount : nil)
            row.text(Self.sourceFile(seed: seed, findings: findings))
            // The importer hashes what it writes; here the generator's version, seed, size and the
            // notice's ordinal determine every row written for it, so their hash stands for them.
            row.text(SHA256.hex("\(Self.version) seed=\(seed) findings=\(findings) inspection=\(ordinal)"))
        }

        if hasLeadingGroup { writeLeadership(&context, tables: &tables) }
        writeSummaryDispositions(summaryDispositions, &context, tables: &tables)
        for index in 0..<size {
            writeFinding(number: index + 1, plan: plan, index: index, &context, tables: &tables)
        }
    }
}
