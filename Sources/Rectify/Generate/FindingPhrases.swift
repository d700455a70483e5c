/// The phrases finding titles and progress texts are assembled from, per category, in the words
/// and shapes real rectification notices use (the seed notice is one).
///
/// Category arrays are indexed like `FindingCategory.allCases`. Search words occur at realistic
/// rates: 党费 in a few organisational phrases, 补助 and 清退 in conduct phrases and fund
/// sentences, 电费 in a discipline phrase and arrears sentences (rates near the seed notice's: about
/// 6, 6, 8 and 2 in a hundred findings).
enum FindingPhrases {
    /// The share of each category among findings, per thousand (the seed's 7, 9, 15, 9, 11 of 51).
    static let categoryWeights = [137, 176, 294, 177, 216]

    /// The problems for a category, with the education-specific ones for education bodies.
    static func problems(_ category: Int, education: Bool) -> [[UInt8]] {
        education ? educationPools.problems[category] : generalProblems[category]
    }

    /// The measures for a category, with the education-specific ones for education bodies.
    static func measures(_ category: Int, education: Bool) -> [[UInt8]] {
        education ? educationPools.measures[category] : generalMeasures[category]
    }

    private static let educationPools = (
        problems: zip(generalProblems, educationProblems).map { $0 + $1 },
        measures: zip(generalMeasures, educationMeasures).map { $0 + $1 })

    /// Problems, written to follow a subject (`部分直属单位`, a unit's name) and to precede `的问题`.
    private static let generalProblems: [[[UInt8]]] = [
        utf8([
            "贯彻落实上级决策部署不够到位", "领导班子配备不齐全,领导力量薄弱", "党组织班子不健全,党建工作薄弱",
            "“三重一大”事项未经集体研究", "议事决策不规范", "履行全面从严治党主体责任不到位",
            "民主集中制执行不严格", "重大事项请示报告制度执行不到位", "专项整治不彻底,甚至出现反弹",
            "落实意识形态工作责任制不到位",
        ]),
        utf8([
            "学习贯彻习近平新时代中国特色社会主义思想不够深入", "理论学习中心组学习流于形式", "意识形态工作部署不到位",
            "舆情把控存在风险隐患", "思想阵地建设有待加强", "“以人民为中心”的发展思想树得不牢",
            "宣传思想工作创新不足", "网络意识形态管理存在漏洞",
        ]),
        utf8([
            "未严格执行干部选拔任用程序和有关制度", "未严格执行干部交流工作规定", "超职数配备干部", "存在差额吃空饷",
            "“三龄两历一身份”认定不准确", "组织生活会不严肃", "“三会一课”制度落实不到位", "发展党员程序不规范,审核把关不严",
            "党务公开未落实", "部分党员长期不缴纳党费", "党费管理不规范", "党员教育管理不严格", "党组织换届选举不及时",
            "干部人事档案管理不规范", "基层党支部标准化建设滞后", "编外人员管理不规范",
        ]),
        utf8([
            "违规超范围发放补助", "违规发放津补贴", "违规发放职工第13个月工资", "违规收费",
            "作风督查流于形式", "工作督查不求实效", "考勤制度执行不严格", "办文办会不严肃不认真", "公务接待不规范",
            "公务用车管理不规范", "违规发放交通补助", "超标准报销差旅费", "形式主义、官僚主义问题仍然存在",
        ]),
        utf8([
            "主体责任落实还不够到位", "监督责任落实还不够到位", "挤占专项资金用于行政运转", "专项资金二次分配滞后",
            "用公款垫付家属住宅区电费未及时清理收回", "工会经费管理混乱", "长期超限额留存、使用大额现金,存在安全隐患和廉政风险",
            "政府采购超过年初预算", "印刷采购未签订合同", "奖金未按规定范围发放", "食堂财务管理不规范", "往来款项长期未清理",
            "固定资产管理不规范,账实不符", "工程项目未按规定招投标", "房屋出租收入未及时收缴",
        ]),
    ]

    /// Problems only schools and education bureaus have.
    private static let educationProblems: [[[UInt8]]] = [
        utf8(["学位建设没有完全按计划完成", "消除大班额工作推进缓慢"]),
        utf8(["师德师风建设抓得不实", "对社区教育重视不够,抓得不实"]),
        utf8(["教师培训未归口管理,导致培训工作多头开展"]),
        utf8(["违规代收商业保险费、领取代理佣金发放补助", "违规组织有偿补课"]),
        utf8(["高考奖金未按规定范围发放"]),
    ]

    /// What was done, in the words of a progress text; two or three per finding.
    private static let generalMeasures: [[[UInt8]]] = [
        utf8([
            "召开党组(扩大)会议专题研究部署整改工作", "严格落实“三重一大”事项集体决策制度", "已修订完善议事规则,并重新印发执行",
            "选优配强了领导班子成员", "建立了重大事项请示报告工作台账", "对相关情况进行了调查核实",
            "制定了整改工作方案,明确了责任领导、责任部门和责任人", "每季度专题听取全面从严治党工作汇报", "开展了专项整治“回头看”",
        ]),
        utf8([
            "严格落实理论学习中心组学习制度", "制定了年度理论学习计划,每月组织集中学习", "将意识形态工作纳入党建工作责任制",
            "安排专人负责网站、微信公众号信息发布,严格执行“三审制”", "建立了舆情监测和研判处置机制", "组织开展了专题宣讲活动", "将意识形态工作列入年度绩效考核重要内容",
        ]),
        utf8([
            "严格按照《党政领导干部选拔任用工作条例》开展干部选拔任用工作", "建立了干部交流工作台账", "对超职数配备问题进行了清理",
            "已完成换届选举工作", "常态化开展谈心谈话,“三会一课”制度得到较好落实", "建立了发展党员全程纪实制度",
            "已重新设置党务公开栏,及时公开组织设置、发展党员等情况", "对干部人事档案进行了专项审核",
            "实行党员积分量化管理",
        ]),
        utf8([
            "严格执行津补贴发放有关规定", "加强了考勤管理,严格执行外出报备登记制度", "持续开展形式主义、官僚主义突出问题专项整治",
            "认真贯彻执行行政事业性收费管理规定,规范收费行为", "规范了公务接待审批和报销程序", "完善了公务用车使用管理制度",
            "组织干部职工学习办文办会业务知识", "对违规发放补助问题进行了全面清理",
        ]),
        utf8([
            "严格落实党风廉政建设主体责任,党组书记履行第一责任人职责", "对重点岗位、重点领域廉政风险点进行了排查,建立了工作台账",
            "调整了会计账目,严格专款专用、专账核算", "制定了现金管理暂行办法,原则上所有公务开支采取转账或公务卡支付",
            "严格按预算开展政府采购", "对达到招投标标准的项目全部开展招投标", "建立了往来款项定期清理制度",
            "对往来款项进行了全面清理", "开展固定资产清查,做到账实相符", "加强了对专项资金使用情况的监督检查",
        ]),
    ]

    private static let educationMeasures: [[[UInt8]]] = [
        utf8(["积极推进全市中小学学位建设工作"]),
        utf8(["开展了师德师风建设提升年活动"]),
        utf8(["教师培训已统一归口由教师发展中心组织实施"]),
        utf8(["下发通知全面规范学生保险购买工作"]),
        utf8(["将教育质量奖励纳入财政预算,严格按分配办法发放"]),
    ]

    /// Subjects a title may open with, by the kind of body inspected.
    static func subjects(_ kind: InspectionTarget.Kind) -> [[UInt8]] {
        switch kind {
        case .educationBureau, .bureau: bureauSubjects
        case .school: schoolSubjects
        case .township: townshipSubjects
        }
    }

    private static let bureauSubjects = utf8(["部分直属单位", "局党组", "局机关", "有的基层党组织", "局属单位"])
    private static let schoolSubjects = utf8(["学校党委", "学校", "部分年级组", "有的党支部"])
    private static let townshipSubjects = utf8(["镇党委", "部分村(社区)", "镇机关", "有的村党支部"])

    static let titleEnding = Array("的问题".utf8)

    static func utf8(_ phrases: [String]) -> [[UInt8]] {
        phrases.map { Array($0.utf8) }
    }
}
