/// Joins a parsed notice with the units gazetteer and the notice's annotations into the
/// `ImportPlan` the database receives. Pure: no I/O.
///
/// Rules (each also stated where the data lands, in the schema's comments):
/// - the team, the inspected unit and the publisher are looked up in the gazetteer; the team and
///   the inspected unit must be there;
/// - a finding is linked to every unit its title names (`responsible`: the problem is its own)
///   and every other unit its progress text names (`involved`), except the inspected unit, the publisher and the team,
///   which concern every finding of the notice;
/// - a fund belongs to the unit the finding's title names (if one), else to the one unit its
///   sentence names, else to none;
/// - people identified only by role are one person per notice (`时任人事科科长` in findings 17 and
///   18 is one person), except vague roles (`相关人员`, `有关人员`, `具体承办人员`), which are one
///   per finding; a counted group (`7人`) is that many people;
/// - the annotations add the leading group, named people, long-term findings and dispositions
///   the phrasing rules cannot read; each quote must be in the notice.
package struct ImportPlanner {
    package let gazetteer: UnitGazetteer

    package init(gazetteer: UnitGazetteer) {
        self.gazetteer = gazetteer
    }

    /// Role prefixes that make a role too vague to be the same person in two findings.
    static let vagueRolePrefixes = ["相关", "有关", "具体", "该", "部分", "个别"]

    package func plan(_ notice: Notice, annotations: NoticeAnnotations?) throws(ImportError) -> ImportPlan {
        let annotationsFile = NoticeAnnotations.path(forNotice: notice.fileName)
        func annotationError(_ problem: String) -> ImportError { .annotations(file: annotationsFile, problem: problem) }

        let introductionLine = notice.introductionLine
        guard let team = gazetteer.unit(named: notice.inspection.team, in: UnitGazetteer.House([])) else {
            throw .unknownUnit(file: notice.fileName, line: introductionLine, name: notice.inspection.team, role: "inspecting team")
        }
        let sourceUnit = gazetteer.unit(named: notice.source, in: UnitGazetteer.House([]))
        let sourceHouse = UnitGazetteer.House(Set([sourceUnit?.key].compactMap { $0 }))
        guard let target = gazetteer.unit(named: notice.inspection.target, in: sourceHouse) else {
            throw .unknownUnit(file: notice.fileName, line: introductionLine, name: notice.inspection.target, role: "inspected unit")
        }
        let house = UnitGazetteer.House(Set([target.key, sourceUnit?.key].compactMap { $0 }))
        let implicit = Set([team.key, target.key, sourceUnit?.key].compactMap { $0 })

        if let annotations, annotations.notice != notice.fileName {
            throw annotationError("annotations are for \(annotations.notice), not \(notice.fileName)")
        }
        let noticeText = NoticeText.fold(notice.text)
        func checkQuote(_ quote: String, in text: String? = nil) throws(ImportError) {
            let folded = NoticeText.fold(quote)
            guard !folded.isEmpty, (text.map(NoticeText.fold) ?? noticeText).contains(folded) else {
                throw annotationError("quote \"\(quote)\" is not in \(text == nil ? "the notice" : "that finding")")
            }
        }
        func knownUnit(_ key: String?) throws(ImportError) -> String? {
            guard let key else { return nil }
            guard gazetteer.unit(key: key) != nil else { throw annotationError("unit \"\(key)\" is not in the units gazetteer") }
            return key
        }

        var people = PeopleBook()
        func unitOfRole(_ role: String) -> String? {
            let units = gazetteer.mentions(in: role, house: house)
            return units.count == 1 ? units[0] : nil
        }

        // Annotated people and their parts in the rectification.
        var inspectionPeople: [ImportPlan.InspectionPerson] = []
        for person in annotations?.people ?? [] {
            for quote in person.quotes { try checkQuote(quote) }
            let index = people.add(name: person.name, role: person.role, unit: try knownUnit(person.unit), scope: "notice")
            for role in person.rectificationRoles {
                inspectionPeople.append(.init(person: index, role: role, note: person.quotes.joined(separator: " ")))
            }
        }
        var leadingGroup: String?
        if let group = annotations?.leadingGroup {
            try checkQuote(group.quote)
            leadingGroup = try knownUnit(group.unit)
        }

        // Long-term findings: the status wording, or the annotations where the summary names them.
        var longTerm = Set(notice.findings.filter(\.isLongTermByStatus).map(\.number))
        if let annotated = annotations?.longTermFindings {
            try checkQuote(annotated.quote, in: notice.summary)
            for number in annotated.numbers {
                guard (1...notice.findings.count).contains(number) else { throw annotationError("long-term finding \(number) is not in the notice") }
                longTerm.insert(number)
            }
        }
        if let stated = notice.statedTotals.longTerm, stated != longTerm.count {
            throw annotationError("the summary states \(stated) long-term findings, but \(longTerm.count) are marked (status wording or longTermFindings)")
        }

        func dispositions(_ stated: [NoticeDisposition], scope: String) -> [ImportPlan.Disposition] {
            var result: [ImportPlan.Disposition] = []
            for (clauseIndex, disposition) in stated.enumerated() {
                let indices: [Int]
                switch disposition.subject {
                case .role(let role):
                    let vague = Self.vagueRolePrefixes.contains { role.hasPrefix($0) }
                    indices = [people.add(name: nil, role: role, unit: unitOfRole(role), scope: vague ? scope : "notice")]
                case .counted(let count, let role):
                    indices = (1...count).map { ordinal in
                        people.add(name: nil, role: role, unit: unitOfRole(role), scope: "\(scope):\(clauseIndex + 1)#\(ordinal)")
                    }
                }
                for index in indices {
                    for kind in disposition.kinds { result.append(.init(person: index, kind: kind, note: disposition.clause)) }
                }
            }
            return result
        }

        var findings: [ImportPlan.Finding] = []
        for finding in notice.findings {
            let subjects = gazetteer.mentions(in: finding.title, house: house).filter { !implicit.contains($0) }
            let involved = gazetteer.mentions(in: finding.progress, house: house).filter { !implicit.contains($0) && !subjects.contains($0) }
            var planned = dispositions(finding.dispositions, scope: "finding:\(finding.number)")
            for annotated in annotations?.dispositions ?? [] where annotated.finding == finding.number {
                try checkQuote(annotated.quote, in: finding.progress)
                let person = people.add(name: annotated.person.name, role: annotated.person.role,
                                        unit: try knownUnit(annotated.person.unit), scope: "finding:\(finding.number)")
                planned.append(.init(person: person, kind: annotated.kind, note: annotated.quote))
            }
            var linkedPeople: [ImportPlan.PersonLink] = []
            for disposition in planned where !linkedPeople.contains(where: { $0.person == disposition.person }) {
                linkedPeople.append(.init(person: disposition.person, role: "involved"))
            }
            let funds = finding.funds.map { fund in
                let named = gazetteer.mentions(in: fund.sentence, house: house).filter { !implicit.contains($0) }
                let unit = subjects.count == 1 ? subjects[0] : (named.count == 1 ? named[0] : nil)
                return ImportPlan.Fund(kind: fund.kind, amount: fund.amount, amountText: fund.amountText, unit: unit, sentence: fund.sentence)
            }
            findings.append(ImportPlan.Finding(
                number: finding.number, category: finding.category, title: finding.title, status: finding.status,
                isLongTerm: longTerm.contains(finding.number), progress: finding.progress,
                units: subjects.map { .init(unit: $0, role: "responsible") } + involved.map { .init(unit: $0, role: "involved") },
                people: linkedPeople, funds: funds, dispositions: planned
            ))
        }
        for annotated in annotations?.dispositions ?? [] {
            if let number = annotated.finding, !(1...notice.findings.count).contains(number) {
                throw annotationError("disposition for finding \(number), which is not in the notice")
            }
        }
        var summaryDispositions = dispositions(notice.summaryDispositions, scope: "summary")
        for annotated in annotations?.dispositions ?? [] where annotated.finding == nil {
            try checkQuote(annotated.quote, in: notice.summary)
            let person = people.add(name: annotated.person.name, role: annotated.person.role,
                                    unit: try knownUnit(annotated.person.unit), scope: "summary")
            summaryDispositions.append(.init(person: person, kind: annotated.kind, note: annotated.quote))
        }

        let inspection = ImportPlan.Inspection(
            title: notice.title, source: notice.source, sourceUnit: sourceUnit?.key, teamUnit: team.key,
            targetUnit: target.key, leadingGroupUnit: leadingGroup, startedOn: notice.inspection.startedOn,
            endedOn: notice.inspection.endedOn, feedbackOn: notice.inspection.feedbackOn, reportedOn: notice.reportedOn,
            publishedAt: notice.publishedAt, signedBy: notice.signedBy, introduction: notice.introduction,
            summary: notice.summary, statedFindingCount: notice.statedTotals.findings,
            statedCompletedCount: notice.statedTotals.completed,
            statedBasicallyCompletedCount: notice.statedTotals.basicallyCompleted,
            statedLongTermCount: notice.statedTotals.longTerm
        )
        return ImportPlan(
            sourceFile: notice.fileName, inspection: inspection, people: people.people,
            inspectionPeople: inspectionPeople, findings: findings, summaryDispositions: summaryDispositions
        )
    }

    /// The plan's people, each once by key.
    struct PeopleBook {
        var people: [ImportPlan.Person] = []
        var indices: [String: Int] = [:]

        /// Adds (or finds) a person: named people by unit and name; others by scope and role.
        mutating func add(name: String?, role: String, unit: String?, scope: String) -> Int {
            let key = name.map { "person:\(unit ?? "-"):\($0)" } ?? "role:\(scope):\(role)"
            if let index = indices[key] { return index }
            people.append(ImportPlan.Person(key: key, name: name, role: role, unit: unit))
            indices[key] = people.count - 1
            return people.count - 1
        }
    }
}
