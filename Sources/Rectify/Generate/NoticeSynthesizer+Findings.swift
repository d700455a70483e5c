/// One finding and what hangs off it: its title and progress text, the units and people it
/// concerns, the money its progress text states and the dispositions it reports.
extension NoticeSynthesizer {
    /// How many units a finding concerns (one to four, long-tailed), per thousand.
    static let unitCountWeights = [550, 270, 120, 60]
    /// How many people one disposition clause names (one to six), per thousand.
    static let dispositionPeopleWeights = [700, 180, 70, 30, 12, 8]
    /// The chance per thousand that a finding of each category reports dispositions.
    static let dispositionChance = [80, 40, 200, 300, 300]

    static let categoryNames = FindingCategory.allCases.map { Array($0.rawValue.utf8) }
    static let fullStop = Array("。".utf8)
    static let semicolon = Array(";".utf8)
    static let formerly = Array("时任".utf8)
    static let head = Array("负责人".utf8)

    mutating func writeFinding(number: Int, plan: FindingPlan, index: Int, _ context: inout Context, tables: inout DatasetTables) {
        let category = plan.categories[index]
        let status = plan.statuses[index]
        let findingID = tables.nextID(.findings)
        chooseUnits(&context)
        let responsible = linked.first.flatMap { $0.role == .responsible ? $0.unit : nil }

        title.removeAll(keepingCapacity: true)
        if let responsible {
            title += province.units[responsible].label
        } else if context.random.chance(perMille: 350) {
            title += context.random.pick(FindingPhrases.subjects(context.target.kind))
        }
        title += context.random.pick(FindingPhrases.problems(category, education: context.target.isEducation))
        if context.random.chance(perMille: 950) { title += FindingPhrases.titleEnding }

        progress.removeAll(keepingCapacity: true)
        let measures = FindingPhrases.measures(category, education: context.target.isEducation)
        let first = context.random.index(below: measures.count)
        for offset in 0...context.random.weighted([300, 500, 200]) {
            if offset > 0 { progress += Self.semicolon }
            progress += measures[(first + offset) % measures.count]
        }
        for link in linked where link.role != .responsible {
            let around = context.random.pick(link.role == .involved ? ProgressPhrases.involved : ProgressPhrases.mentioned)
            progress += Self.semicolon
            progress += around.before
            progress += province.units[link.unit].label
            progress += around.after
        }
        progress += Self.fullStop
        writeFunds(category: category, finding: findingID, responsible: responsible, &context, tables: &tables)
        findingPeople.removeAll(keepingCapacity: true)
        writeDispositions(category: category, number: number, finding: findingID, &context, tables: &tables)
        if plan.longTerm[index] {
            progress += context.random.pick(ProgressPhrases.longTerm)
            progress += Self.fullStop
        } else if status != .completed || context.random.chance(perMille: 500) {
            progress += context.random.pick(ProgressPhrases.closings[RectificationStatus.allCases.firstIndex(of: status)!])
            progress += Self.fullStop
        }
        if context.random.chance(perMille: 60) {
            let deputy = leader(post: 1, context, tables: &tables)
            findingPeople.append((deputy.id, .responsible))
        }
        if context.random.chance(perMille: 30) {
            let head = leader(post: 0, context, tables: &tables)
            findingPeople.append((head.id, .mentioned))
        }

        tables.row(.findings) { row in
            row.int(findingID)
            row.int(context.id)
            row.int(number)
            row.text(Self.categoryNames[category])
            row.text(title)
            row.text(status.rawValue)
            row.bool(plan.longTerm[index])
            row.text(progress)
        }
        for link in linked {
            let id = tables.nextID(.findingUnits)
            tables.row(.findingUnits) { row in
                row.int(id)
                row.int(findingID)
                row.int(unitIDs.id(link.unit))
                row.text(link.role.rawValue)
            }
        }
        for link in findingPeople {
            let id = tables.nextID(.findingPeople)
            tables.row(.findingPeople) { row in
                row.int(id)
                row.int(findingID)
                row.int(link.person)
                row.text(link.role.rawValue)
            }
        }
    }

    /// Picks the units the finding concerns from the target's neighbourhood (the commoner ones
    /// more often). A unit of the target's own house is involved, now and then only mentioned, and
    /// when picked first it is responsible (named in the title) three times in ten; an outside
    /// body is mostly only mentioned.
    mutating func chooseUnits(_ context: inout Context) {
        linked.removeAll(keepingCapacity: true)
        let neighbourhood = context.target.neighbourhood
        let wanted = min(neighbourhood.count, 1 + context.random.weighted(Self.unitCountWeights))
        var attempts = 0
        while linked.count < wanted && attempts < 64 {
            attempts += 1
            let index = context.random.zipf(below: neighbourhood.count)
            let unit = neighbourhood[index]
            if linked.contains(where: { $0.unit == unit }) { continue }
            let role: LinkRole
            if index < context.target.innerCount {
                role = linked.isEmpty && context.random.chance(perMille: 300) ? .responsible
                    : (context.random.chance(perMille: 850) ? .involved : .mentioned)
            } else {
                role = context.random.chance(perMille: 300) ? .involved : .mentioned
            }
            linked.append((unit, role))
        }
    }

    /// Money the progress text states: none for most findings, one or more sentences for some,
    /// each a `funds` row with the sentence as its source and the amount it prints (or none).
    mutating func writeFunds(category: Int, finding: Int, responsible: Int?, _ context: inout Context, tables: inout DatasetTables) {
        guard context.random.chance(perMille: FundPhrases.chance[category]) else { return }
        for _ in 0...context.random.weighted([800, 150, 50]) {
            let kindIndex = context.random.weighted(FundPhrases.kindWeights[category])
            let template = context.random.pick(FundPhrases.byKind[kindIndex])
            let amount = !template.allowsNoAmount || context.random.chance(perMille: 750)
                ? SyntheticAmount.draw(kind: template.kind, &context.random) : nil
            var unit = responsible
            sentence.removeAll(keepingCapacity: true)
            if unit == nil, template.takesSubject, let named = linked.first?.unit, context.random.chance(perMille: 400) {
                unit = named
                sentence += province.units[named].label
            }
            sentence += template.before
            if let amount { sentence += amount.text.utf8 }
            sentence += template.after
            sentence += Self.fullStop
            progress += sentence
            let id = tables.nextID(.funds)
            tables.row(.funds) { row in
                row.int(id)
                row.int(context.id)
                row.int(finding)
                row.int(unit.map(unitIDs.id))
                row.text(template.kind.rawValue)
                row.text(amount.map { Array($0.decimal.decimalText.utf8) })
                row.text(amount.map { Array($0.text.utf8) })
                row.text(sentence)
            }
        }
    }

    /// Dispositions the progress text reports: none for most findings; for some one clause (two
    /// now and then) naming one person or a number of people, each a `dispositions` row per kind
    /// the clause states and a `finding_people` link.
    mutating func writeDispositions(category: Int, number: Int, finding: Int, _ context: inout Context, tables: inout DatasetTables) {
        guard context.random.chance(perMille: Self.dispositionChance[category]) else { return }
        let clauses = context.random.chance(perMille: 200) ? 2 : 1
        for clauseIndex in 0..<clauses {
            let clause = ProgressPhrases.dispositions[context.random.weighted(ProgressPhrases.dispositionWeights)].clause
            let count = 1 + context.random.weighted(Self.dispositionPeopleWeights)
            var who: [UInt8]
            var people: [Int] = []
            if count == 1 {
                let person = onePerson(number: number, &context, tables: &tables)
                who = person.who
                people.append(person.id)
            } else {
                let role = context.random.pick(ProgressPhrases.vagueRoles)
                let roleText = String(decoding: role, as: UTF8.self)
                who = Array("\(count)名".utf8) + role
                for index in 1...count {
                    people.append(scopedPerson(suffix: "finding:\(number).\(clauseIndex + 1):\(roleText)#\(index)", role: role,
                                               unit: nil, context, tables: &tables))
                }
            }
            sentence.removeAll(keepingCapacity: true)
            sentence += clause.around.before
            sentence += who
            sentence += clause.around.after
            sentence += clauseIndex == clauses - 1 ? Self.fullStop : Self.semicolon
            progress += sentence
            for person in people {
                for kind in clause.kinds {
                    writeDisposition(kind, person: person, finding: finding, note: sentence, context, tables: &tables)
                }
                if !findingPeople.contains(where: { $0.person == person && $0.role == .involved }) {
                    findingPeople.append((person, .involved))
                }
            }
        }
    }

    /// One person a disposition names: the former head of a section, the head of a unit the
    /// finding concerns (both unnamed, once per notice), a named officer of such a unit, or someone
    /// the notice describes only vaguely (once per finding).
    mutating func onePerson(number: Int, _ context: inout Context, tables: inout DatasetTables) -> (id: Int, who: [UInt8]) {
        let roll = context.random.int(in: 0...999)
        let unit = linked.first?.unit ?? context.target.neighbourhood[context.random.zipf(below: context.target.neighbourhood.count)]
        let label = province.units[unit].label
        if roll < 450, !context.target.sectionHeads.isEmpty {
            let section = context.random.pick(context.target.sectionHeads)
            let role = Self.formerly + Array(section.title.utf8)
            return (noticePerson(role: role, unit: section.unit, &context, tables: &tables), role)
        }
        if roll < 700 {
            let role = label + Self.head
            return (noticePerson(role: role, unit: unit, &context, tables: &tables), role)
        }
        if roll < 820 {
            let posts = ProgressPhrases.posts(province.units[unit].kind)
            let post = context.random.index(below: posts.count)
            let role = label + Array(posts[post].utf8)
            let slot = PersonRegistry.Slot(unit: unit, term: PersonRegistry.term(unit: unit, day: context.start), post: 10 + post)
            let person = registry.person(slot, role: role, province: province, unitIDs: unitIDs, tables: &tables)
            return (person.id, role + person.name)
        }
        let role = context.random.pick(ProgressPhrases.vagueRoles)
        let key = Array("finding:\(number):".utf8) + role
        if let id = context.rolePeople[key] { return (id, role) }
        let id = scopedPerson(suffix: String(decoding: key, as: UTF8.self), role: role, unit: nil, context, tables: &tables)
        context.rolePeople[key] = id
        return (id, role)
    }
}
