/// The parts of a progress text beyond the category's measures: what became of the units a
/// finding concerns, the disposition clauses, and the closing that matches the status.
enum ProgressPhrases {
    /// A clause around a unit's name: `督促` + name + `完成了整改`.
    struct Around {
        let before: [UInt8]
        let after: [UInt8]

        init(_ before: String, _ after: String) {
            self.before = Array(before.utf8)
            self.after = Array(after.utf8)
        }
    }

    /// Clauses that involve a unit in the rectification.
    static let involved = [
        Around("督促", "完成了整改"), Around("", "已按要求完成自查自纠"), Around("指导", "建立健全了相关制度"),
        Around("对", "开展了专项督查"), Around("", "已对照问题清单逐项整改到位"),
    ]

    /// Clauses that only mention a unit.
    static let mentioned = [Around("已将整改情况报", "备案"), Around("已与", "加强沟通"), Around("已函告", "")]

    /// Closings by status (indexed like `RectificationStatus.allCases`).
    static let closings: [[[UInt8]]] = [
        FindingPhrases.utf8(["形成了长效工作机制", "确保整改落实到位", "整改工作已全部完成"]),
        FindingPhrases.utf8(["下一步将尽快完成剩余整改任务", "剩余工作正在抓紧推进", "下一步将持续跟踪问效"]),
        FindingPhrases.utf8(["目前正在持续推进整改", "整改工作正在推进中", "已制定整改时间表,正在逐项落实"]),
        FindingPhrases.utf8(["因涉及体制机制调整,整改工作尚未启动,已列入下一阶段整改计划", "整改方案正在报批,尚未启动实施"]),
    ]

    static let longTerm = FindingPhrases.utf8(["已制定长期规划及措施,需要长期坚持", "将作为长期任务持续推进"])

    /// A disposition clause around the person's role, with the kinds it states (a clause may
    /// state two, as 批评教育 and 书面检查 often go together).
    struct DispositionClause {
        let around: Around
        let kinds: [DispositionKind]
    }

    /// Disposition clauses and their weights per thousand.
    static let dispositions: [(clause: DispositionClause, weight: Int)] = [
        (DispositionClause(around: Around("已对", "进行提醒谈话"), kinds: [.reminderTalk]), 240),
        (DispositionClause(around: Around("对", "进行批评教育"), kinds: [.criticism]), 150),
        (DispositionClause(around: Around("对", "进行批评教育,并责令其作出书面检查"), kinds: [.criticism, .writtenSelfExamination]), 60),
        (DispositionClause(around: Around("对", "进行约谈"), kinds: [.interview]), 110),
        (DispositionClause(around: Around("给予", "党内警告处分"), kinds: [.warning]), 70),
        (DispositionClause(around: Around("对", "立案查处,并给予警告处分"), kinds: [.caseFiled, .warning]), 60),
        (DispositionClause(around: Around("对", "立案查处"), kinds: [.caseFiled]), 30),
        (DispositionClause(around: Around("对", "进行追责问责"), kinds: [.accountability]), 70),
        (DispositionClause(around: Around("对", "进行诫勉谈话"), kinds: [.other]), 90),
        (DispositionClause(around: Around("给予", "记过处分"), kinds: [.other]), 20),
        (DispositionClause(around: Around("", "已按自行退党处理"), kinds: [.other]), 20),
        (DispositionClause(around: Around("对", "进行了处理"), kinds: [.other]), 30),
    ]

    static let dispositionWeights = dispositions.map(\.weight)

    /// Roles notices use for people they do not name.
    static let vagueRoles = FindingPhrases.utf8(["相关责任人", "具体承办人员", "有关人员", "财务人员", "相关人员"])

    /// Posts of named people in the units a finding concerns, by the unit's kind.
    static func posts(_ kind: UnitKind) -> [String] {
        switch kind {
        case .school: ["校长", "副校长"]
        case .institute: ["院长", "副院长"]
        case .centre, .governmentOffice, .section: ["主任", "副主任"]
        case .bureau: ["局长", "副局长"]
        case .partyOrganisation: ["书记", "副书记"]
        case .disciplineBody, .inspectionTeam, .workingGroup: ["组长", "副组长"]
        case .company: ["经理", "副经理"]
        case .other: ["主席", "副主席"]
        }
    }
}
