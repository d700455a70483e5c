/// The units of one city or county, and its inspection targets.
extension ProvinceBuilder {
    /// A bureau of an area's government: its name, short name, sections and centres.
    struct BureauPlan {
        let slug: String
        let name: String
        let short: String?
        let sections: [String]
        let centres: [String]
    }

    /// A bureau's units once added.
    struct Bureau {
        let unit: Int
        let partyGroup: Int
        let sections: [Int]
        let sectionHeads: [(unit: Int, title: String)]
        let centres: [Int]
    }

    /// The area-wide bodies every target's neighbourhood may reach.
    struct AreaBodies {
        let government: Int
        let governmentOffice: Int
        let development: Int
        let establishment: Int
        let companies: [Int]
        let teams: [Int]
        let committeeWord: String
    }

    static func bureauPlans(isCity: Bool) -> [BureauPlan] {
        let section = isCity ? "科" : "股"
        return [
            BureauPlan(slug: "education", name: "教育局", short: nil,
                       sections: ["办公室", "人事" + section, "计划财务" + section, "基础教育" + section, "教师工作" + section, "安全稳定" + section],
                       centres: isCity ? ["教育事务中心", "教师发展中心", "电化教育馆", "教学仪器站", "学生资助管理中心"]
                           : ["教育事务中心", "教师发展中心", "学生资助管理中心"]),
            BureauPlan(slug: "finance", name: "财政局", short: nil, sections: ["办公室", "预算" + section, "国库" + section], centres: ["国库集中支付中心"]),
            BureauPlan(slug: "human-resources", name: "人力资源和社会保障局", short: "人社局",
                       sections: ["办公室", "人事" + section], centres: ["就业服务中心"]),
            BureauPlan(slug: "health", name: "卫生健康局", short: "卫健局", sections: ["办公室", "财务" + section], centres: ["疾病预防控制中心"]),
            BureauPlan(slug: "housing", name: "住房和城乡建设局", short: "住建局", sections: ["办公室", "财务" + section], centres: ["住房保障服务中心"]),
        ]
    }

    /// Adds a city's or county's units and targets; returns the parents its counties hang under.
    mutating func buildArea(code: String, name: String, isCity: Bool, parents: Parents) -> Parents {
        let committeeWord = isCity ? "市委" : (name.hasSuffix("区") ? "区委" : "县委")
        let committee = add("\(code)-party-committee", "中共\(name)委员会", short: "\(name)委", aliases: ["中共\(name)委"],
                            kind: .partyOrganisation, parent: parents.committee)
        let teams = (0..<(isCity ? 4 : 3)).map { index in
            add("\(code)-inspection-team-\(index + 1)", "中共\(name)委第\(NoticeParseError.chinese(index + 1))巡察组",
                short: "\(name)委第\(NoticeParseError.chinese(index + 1))巡察组", kind: .inspectionTeam, parent: committee)
        }
        let discipline = add("\(code)-discipline-commission", "中共\(name)纪律检查委员会、\(name)监察委员会",
                             short: "\(name)纪委监委", kind: .disciplineBody, parent: parents.discipline)
        let government = add("\(code)-government", "\(name)人民政府", short: "\(name)政府", kind: .governmentOffice, parent: parents.government)
        let bodies = AreaBodies(
            government: government,
            governmentOffice: add("\(code)-government-office", "\(name)人民政府办公室", short: "\(name)政府办",
                                  kind: .governmentOffice, parent: government),
            development: add("\(code)-development-reform", "\(name)发展和改革委员会", short: "\(name)发改委",
                             kind: .governmentOffice, parent: government),
            establishment: add("\(code)-establishment-office", "中共\(name)委机构编制委员会办公室", short: "\(name)编办",
                               kind: .governmentOffice, parent: committee),
            companies: addCompanies(code: code, area: name),
            teams: teams,
            committeeWord: committeeWord)

        var bureaus: [Bureau] = []
        for plan in Self.bureauPlans(isCity: isCity) {
            bureaus.append(addBureau(plan, code: code, area: name, parent: government))
        }
        let education = bureaus[0]
        addEducationUnits(code: code, area: name, isCity: isCity, education: education,
                          discipline: discipline, parentBureau: parents.educationBureau, bodies: bodies,
                          finance: bureaus[1].unit)
        for bureau in bureaus.dropFirst() {
            addTarget(kind: .bureau, unit: bureau.partyGroup, home: bureau.unit, bodies: bodies,
                      inner: shuffled(bureau.centres + bureau.sections),
                      outer: [bodies.government, bodies.governmentOffice, bureaus[1].unit, bodies.establishment].filter { $0 != bureau.unit }
                          + bodies.companies,
                      sectionHeads: bureau.sectionHeads)
        }
        if !isCity {
            addTownships(code: code, area: name, committee: committee, bodies: bodies, education: education,
                         countyFinance: bureaus[1].unit)
        }
        return Parents(committee: committee, government: government, discipline: discipline, educationBureau: education.unit)
    }

    mutating func addBureau(_ plan: BureauPlan, code: String, area: String, parent: Int) -> Bureau {
        let key = "\(code)-\(plan.slug)-bureau"
        let unit = add(key, area + plan.name, short: plan.short.map { area + $0 }, kind: .bureau, parent: parent)
        let label = area + (plan.short ?? plan.name)
        let partyGroup = add("\(key)-party-group", "中共\(area)\(plan.name)党组", short: "\(label)党组", kind: .partyOrganisation, parent: unit)
        var sections: [Int] = []
        var heads: [(unit: Int, title: String)] = []
        for (index, section) in plan.sections.enumerated() {
            let sectionUnit = add("\(key)-section-\(index + 1)", area + plan.name + section, aliases: [section], kind: .section, parent: unit)
            sections.append(sectionUnit)
            let head = section == "办公室" ? "办公室主任" : section + (section.hasSuffix("科") ? "科长" : "股长")
            heads.append((sectionUnit, head))
        }
        let centres = plan.centres.enumerated().map { index, centre in
            add("\(key)-centre-\(index + 1)", area + centre, kind: .centre, parent: unit)
        }
        return Bureau(unit: unit, partyGroup: partyGroup, sections: sections, sectionHeads: heads, centres: centres)
    }

    mutating func addCompanies(code: String, area: String) -> [Int] {
        var companies: [Int] = []
        let property = townName()
        companies.append(add("\(code)-company-1", "\(area)\(property)物业管理有限公司", short: "\(property)物业", kind: .company))
        if random.chance(perMille: 600) {
            let builder = townName()
            companies.append(add("\(code)-company-2", "\(area)\(builder)建筑工程有限公司", short: "\(builder)建工", kind: .company))
        }
        return companies
    }

    /// The education bureau's own bodies, its schools (with party committees that are targets
    /// themselves) and the bureau's party group as a target.
    mutating func addEducationUnits(code: String, area: String, isCity: Bool, education: Bureau, discipline: Int,
                                    parentBureau: Int, bodies: AreaBodies, finance: Int) {
        let key = "\(code)-education-bureau"
        let organs = add("\(key)-organs-party-committee", "中共\(area)教育局机关委员会", short: "\(area)教育局机关党委",
                         aliases: ["机关党委"], kind: .partyOrganisation, parent: education.partyGroup)
        let union = add("\(key)-trade-union", "\(area)教育局机关工会", aliases: ["机关工会"], kind: .other, parent: education.unit)
        let team = add("\(code)-discipline-team-at-education-bureau", "\(area)纪委监委派驻\(area)教育局纪检监察组",
                       short: "驻\(area)教育局纪检监察组", kind: .disciplineBody, parent: discipline)
        let institute = isCity
            ? add("\(key)-research-institute", "\(area)教育科学研究院", short: "\(area)教科院", kind: .institute, parent: education.unit)
            : add("\(key)-research-institute", "\(area)教育科学研究所", short: "\(area)教科所", kind: .institute, parent: education.unit)
        let stem = String(area.dropLast())
        let schoolPlans: [(name: String, short: String, hasCommittee: Bool)] = isCity
            ? [("第一中学", "一中", true), ("第二中学", "二中", true), ("第三中学", "三中", true), ("第四中学", "四中", true),
               ("第五中学", "五中", true), ("第六中学", "六中", true), ("实验中学", "实验中学", true), ("实验小学", "实验小学", false),
               ("第一小学", "一小", false), ("第二小学", "二小", false), ("职业技术学校", "职校", true),
               ("特殊教育学校", "特校", false), ("机关幼儿园", "机关幼儿园", false), ("广播电视大学", "电大", false)]
            : [("第一中学", "一中", true), ("第二中学", "二中", true), ("第三中学", "三中", true), ("实验小学", "实验小学", false),
               ("城关小学", "城关小学", false), ("职业中等专业学校", "职专", true), ("机关幼儿园", "机关幼儿园", false)]
        var schools: [Int] = []
        var committees: [(committee: Int, school: Int, heads: [(unit: Int, title: String)])] = []
        for (index, plan) in schoolPlans.enumerated() {
            let schoolKey = "\(key)-school-\(index + 1)"
            let school = add(schoolKey, area + plan.name, short: stem + plan.short, kind: .school, parent: education.unit)
            schools.append(school)
            if plan.hasCommittee {
                let committee = add("\(schoolKey)-party-committee", "中共\(area)\(plan.name)委员会",
                                    short: "\(stem)\(plan.short)党委", kind: .partyOrganisation, parent: school)
                let heads = ["总务处", "教务处", "财务室"].enumerated().map { offset, office in
                    (unit: add("\(schoolKey)-section-\(offset + 1)", area + plan.name + office, short: stem + plan.short + office,
                               aliases: [office], kind: .section, parent: school),
                     title: office + "主任")
                }
                committees.append((committee, school, heads))
            }
        }
        addTarget(kind: .educationBureau, unit: education.partyGroup, home: education.unit, bodies: bodies,
                  inner: shuffled(schools + education.centres + [institute]) + shuffled(education.sections + [organs, union]),
                  outer: [team, bodies.government, bodies.governmentOffice, bodies.development, bodies.establishment, finance, parentBureau]
                      + bodies.companies,
                  sectionHeads: education.sectionHeads)
        for (committee, school, heads) in committees {
            addTarget(kind: .school, unit: committee, home: school, bodies: bodies,
                      inner: shuffled(heads.map(\.unit)),
                      outer: [education.unit, education.sections[2], education.centres[0], institute, team]
                          + shuffled(education.centres.dropFirst() + [education.sections[1], education.sections[4]])
                          + bodies.companies + [bodies.government],
                      sectionHeads: heads)
        }
    }

    /// A county's townships: party committee (a target), government and central school.
    mutating func addTownships(code: String, area: String, committee: Int, bodies: AreaBodies, education: Bureau, countyFinance: Int) {
        for index in 0..<random.int(in: 4...6) {
            let town = townName() + (random.chance(perMille: 700) ? "镇" : "乡")
            let key = "\(code)-town-\(index + 1)"
            let townCommittee = add("\(key)-party-committee", "中共\(area)\(town)委员会", short: "\(town)党委",
                                    kind: .partyOrganisation, parent: committee)
            let townGovernment = add("\(key)-government", "\(area)\(town)人民政府", short: "\(town)政府",
                                     kind: .governmentOffice, parent: bodies.government)
            let school = add("\(key)-central-school", "\(area)\(town)中心学校", short: "\(town)中心学校", kind: .school, parent: education.unit)
            let office = add("\(key)-office", "\(area)\(town)党政综合办公室", short: "\(town)党政办", aliases: ["党政办"],
                             kind: .section, parent: townGovernment)
            let finance = add("\(key)-finance-office", "\(area)\(town)财政所", short: "\(town)财政所", aliases: ["财政所"],
                              kind: .governmentOffice, parent: townGovernment)
            addTarget(kind: .township, unit: townCommittee, home: townGovernment, bodies: bodies,
                      inner: [school, finance, office],
                      outer: [bodies.government, countyFinance, education.unit, bodies.governmentOffice, bodies.development] + bodies.companies,
                      sectionHeads: [(office, "党政综合办公室主任"), (finance, "财政所所长")], groupName: town)
        }
    }

    /// Adds a target and its standing rectification leading group, named after `groupName` (the
    /// home unit's short name unless given).
    mutating func addTarget(kind: InspectionTarget.Kind, unit: Int, home: Int, bodies: AreaBodies, inner: [Int], outer: [Int],
                            sectionHeads: [(unit: Int, title: String)], groupName: String? = nil) {
        let homeUnit = units[home]
        let group = add(String(homeUnit.key.dropFirst(keyPrefix.count)) + "-rectification-leading-group",
                        (groupName ?? homeUnit.shortName ?? homeUnit.name) + "巡察整改工作领导小组", kind: .workingGroup, parent: home)
        addTarget(InspectionTarget(kind: kind, unit: unit, home: home, leadingGroup: group, teams: bodies.teams,
                                   committeeWord: bodies.committeeWord, neighbourhood: inner + outer, innerCount: inner.count,
                                   sectionHeads: sectionHeads))
    }
}
