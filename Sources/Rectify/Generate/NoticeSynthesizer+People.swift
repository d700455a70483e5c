/// The people of a notice: its rectification leading group, the people its summary says were dealt
/// with, and people named only by a role.
extension NoticeSynthesizer {
    /// The titles of the home unit's leaders by post: leader, executive deputy, office head and two
    /// deputies.
    static func leaderTitles(_ target: InspectionTarget, province: SyntheticProvince) -> [String] {
        switch target.kind {
        case .educationBureau, .bureau:
            return ["局党组书记、局长", "党组成员、副局长", "局办公室主任", "党组成员、副局长", "党组成员、副局长"]
        case .school:
            return ["学校党委书记、校长", "党委副书记、副校长", "学校办公室主任", "副校长", "副校长"]
        case .township:
            let word = province.units[target.unit].name.hasSuffix("乡委员会") ? "乡" : "镇"
            return ["\(word)党委书记", "\(word)党委副书记、\(word)长", "党政综合办公室主任", "\(word)党委委员、副\(word)长", "\(word)党委委员、组织委员"]
        }
    }

    /// A named leader of the home unit in the notice's term.
    mutating func leader(post: Int, _ context: Context, tables: inout DatasetTables) -> PersonRegistry.Person {
        let titles = Self.leaderTitles(context.target, province: province)
        return registry.person(PersonRegistry.Slot(unit: context.target.home, term: context.term, post: post),
                               role: Array(titles[post].utf8), province: province, unitIDs: unitIDs, tables: &tables)
    }

    /// The leading group (`inspection_people`): a leader, an executive deputy who often also heads
    /// the office, deputies (usually "the other members of the leadership", unnamed) and sometimes
    /// members, each with the sentence that appoints them.
    mutating func writeLeadership(_ context: inout Context, tables: inout DatasetTables) {
        let titles = Self.leaderTitles(context.target, province: province)
        let head = leader(post: 0, context, tables: &tables)
        let deputy = leader(post: 1, context, tables: &tables)
        func name(_ person: PersonRegistry.Person) -> String { String(decoding: person.name, as: UTF8.self) }
        var rows: [(person: Int, role: String, note: String)] = [
            (head.id, "leader", "由\(titles[0])\(name(head))同志任组长"),
        ]
        if context.random.chance(perMille: 500) {
            let note = "\(titles[1])\(name(deputy))同志任常务副组长 办公室主任由\(name(deputy))同志兼任"
            rows += [(deputy.id, "executive_deputy_leader", note), (deputy.id, "office_head", note)]
        } else {
            let office = leader(post: 2, context, tables: &tables)
            rows += [(deputy.id, "executive_deputy_leader", "\(titles[1])\(name(deputy))同志任常务副组长"),
                     (office.id, "office_head", "\(titles[2])\(name(office))同志任办公室主任")]
        }
        if context.random.chance(perMille: 700) {
            let role = Array("其他班子成员,巡察整改工作领导小组副组长".utf8)
            let person = noticePerson(role: role, unit: context.target.home, &context, tables: &tables)
            rows.append((person, "deputy_leader", "其他班子成员均为副组长"))
        } else {
            for post in 3...(context.random.chance(perMille: 500) ? 4 : 3) {
                let named = leader(post: post, context, tables: &tables)
                rows.append((named.id, "deputy_leader", "\(titles[post])\(name(named))同志任副组长"))
            }
        }
        if context.random.chance(perMille: 250) {
            let role = Array("各科室(单位)主要负责人,巡察整改工作领导小组成员".utf8)
            let person = noticePerson(role: role, unit: nil, &context, tables: &tables)
            rows.append((person, "member", "各科室(单位)主要负责人为成员"))
        }
        for entry in rows {
            let id = tables.nextID(.inspectionPeople)
            tables.row(.inspectionPeople) { row in
                row.int(id)
                row.int(context.id)
                row.int(entry.person)
                row.text(entry.role)
                row.text(entry.note)
            }
        }
    }

    /// The summary's people: one unnamed person per case filed and per reminder talk, with their
    /// dispositions (no finding), as the importer reads "对7人进行了立案查处…".
    mutating func writeSummaryDispositions(_ summary: SummaryDispositions, _ context: inout Context, tables: inout DatasetTables) {
        let groups: [(count: Int, role: String, kinds: [DispositionKind], note: String)] = [
            (summary.casesFiled, "被立案查处人员", summary.withWarning ? [.caseFiled, .warning] : [.caseFiled], summary.casesClause),
            (summary.reminderTalks, "党员干部", [.reminderTalk], summary.talksClause),
        ]
        for (group, entry) in groups.enumerated() where entry.count > 0 {
            let role = Array(entry.role.utf8)
            let note = Array(entry.note.utf8)
            for index in 1...entry.count {
                let person = scopedPerson(suffix: "summary:\(group + 1)#\(index):\(entry.role)", role: role, unit: nil, context, tables: &tables)
                for kind in entry.kinds {
                    writeDisposition(kind, person: person, finding: nil, note: note, context, tables: &tables)
                }
            }
        }
    }

    func writeDisposition(_ kind: DispositionKind, person: Int, finding: Int?, note: [UInt8], _ context: Context,
                          tables: inout DatasetTables) {
        let id = tables.nextID(.dispositions)
        tables.row(.dispositions) { row in
            row.int(id)
            row.int(context.id)
            row.int(finding)
            row.int(person)
            row.text(kind.rawValue)
            row.text(note)
        }
    }

    /// A person the notice names only by `role`, once per notice.
    mutating func noticePerson(role: [UInt8], unit: Int?, _ context: inout Context, tables: inout DatasetTables) -> Int {
        if let id = context.rolePeople[role] { return id }
        let id = scopedPerson(suffix: "notice:" + String(decoding: role, as: UTF8.self), role: role, unit: unit, context, tables: &tables)
        context.rolePeople[role] = id
        return id
    }

    /// Writes an unnamed person of this notice: key `inspection:<id>:role:<suffix>`, as the importer
    /// keys people a notice identifies only by role or count.
    func scopedPerson(suffix: String, role: [UInt8], unit: Int?, _ context: Context, tables: inout DatasetTables) -> Int {
        let id = tables.nextID(.people)
        tables.row(.people) { row in
            row.int(id)
            row.text("inspection:\(context.id):role:\(suffix)")
            row.null()
            row.text(role)
            row.int(unit.map(unitIDs.id))
            row.int(context.id)
        }
        return id
    }
}
