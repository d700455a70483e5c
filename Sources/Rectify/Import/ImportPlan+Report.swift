/// What an import read, for people: `rectify import` prints it for each notice.
extension ImportPlan {
    /// Lines describing the plan: header, findings per category, statuses, funds, people,
    /// dispositions and linked units; unit keys shown by short name.
    package func report(gazetteer: UnitGazetteer) -> [String] {
        func unitName(_ key: String?) -> String {
            guard let key, let unit = gazetteer.unit(key: key) else { return "-" }
            return unit.shortName ?? unit.name
        }
        func numbers(_ values: [Int]) -> String { values.map(String.init).joined(separator: ", ") }
        let header = inspection
        var lines = [
            "\(sourceFile): \(header.title)",
            "  published \(header.publishedAt) by \(header.source); dated \(header.reportedOn)"
                + (header.signedBy.map { ", signed \($0)" } ?? ""),
            "  inspection \(header.startedOn) to \(header.endedOn) by \(unitName(header.teamUnit)) of \(unitName(header.targetUnit))"
                + (header.feedbackOn.map { "; feedback \($0)" } ?? ""),
        ]
        let perCategory = FindingCategory.allCases.map { category in "\(category.rawValue) \(findings.count { $0.category == category })" }
        lines.append("  findings \(findings.count): " + perCategory.joined(separator: ", "))
        let statuses = RectificationStatus.allCases.compactMap { status -> String? in
            let matching = findings.filter { $0.status == status }.map(\.number)
            guard !matching.isEmpty else { return nil }
            return "\(status.rawValue) \(matching.count)" + (matching.count < 10 ? " (\(numbers(matching)))" : "")
        }
        lines.append("  status: " + statuses.joined(separator: ", ") + "; long-term: " + numbers(findings.filter(\.isLongTerm).map(\.number)))

        let funds = findings.flatMap { finding in finding.funds.map { (finding.number, $0) } }
        let stated = funds.compactMap(\.1.amount)
        lines.append("  funds \(funds.count) (\(stated.count) with an amount, total \(YuanAmount.sum(stated)?.grouped ?? "beyond numeric(20,2)") yuan):")
        for (number, fund) in funds {
            lines.append("    finding \(number): \(fund.kind.rawValue) \(fund.amount.map { "\($0.grouped) (\(fund.amountText ?? ""))" } ?? "no amount stated")"
                + (fund.unit.map { ", \(unitName($0))" } ?? ""))
        }

        lines.append("  people \(people.count):")
        var personLines: [(text: String, count: Int)] = []
        for (index, person) in people.enumerated() {
            let parts = inspectionPeople.filter { $0.person == index }.map(\.role.rawValue)
            var found = findings.flatMap { finding in finding.dispositions.filter { $0.person == index }.map { "\($0.kind.rawValue) (\(finding.number))" } }
            found += summaryDispositions.filter { $0.person == index }.map { "\($0.kind.rawValue) (summary)" }
            let text = "    \(person.name.map { "\($0) " } ?? "")\(person.role)" + (person.unit.map { " [\(unitName($0))]" } ?? "")
                + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")) + (found.isEmpty ? "" : ": " + found.joined(separator: ", "))
            // A counted group (对7人…) is that many people with the same line: print it once, ×N.
            if personLines.last?.text == text { personLines[personLines.count - 1].count += 1 } else { personLines.append((text, 1)) }
        }
        lines += personLines.map { $0.count == 1 ? $0.text : "\($0.text) (×\($0.count) people)" }

        let dispositions = findings.flatMap(\.dispositions) + summaryDispositions
        let kinds = DispositionKind.allCases.compactMap { kind -> String? in
            let count = dispositions.count { $0.kind == kind }
            return count == 0 ? nil : "\(kind.rawValue) \(count)"
        }
        lines.append("  dispositions \(dispositions.count): " + kinds.joined(separator: ", "))

        var linked: [(String, [String])] = []
        for finding in findings {
            for link in finding.units {
                let entry = "\(finding.number)" + (link.role == "responsible" ? "*" : "")
                if let index = linked.firstIndex(where: { $0.0 == link.unit }) { linked[index].1.append(entry) } else { linked.append((link.unit, [entry])) }
            }
        }
        lines.append("  units linked \(linked.count) (* title names it): "
            + linked.map { "\(unitName($0.0)) (\($0.1.joined(separator: ", ")))" }.joined(separator: "; "))
        return lines
    }
}

extension YuanAmount {
    /// The exact sum of amounts (decimal digit arithmetic on fen); nil past 18 integer digits.
    package static func sum(_ amounts: [YuanAmount]) -> YuanAmount? {
        var total: [Int] = []  // fen digits, least significant first
        for amount in amounts {
            let digits = amount.decimalText.filter { $0 != "." }.reversed().map { Int(String($0)) ?? 0 }
            var carry = 0
            for index in 0..<max(total.count, digits.count) {
                let value = (index < total.count ? total[index] : 0) + (index < digits.count ? digits[index] : 0) + carry
                if index < total.count { total[index] = value % 10 } else { total.append(value % 10) }
                carry = value / 10
            }
            if carry > 0 { total.append(carry) }
        }
        let fen = total.isEmpty ? "0" : String(total.reversed().map { Character(String($0)) })
        let padded = String(repeating: "0", count: max(0, 3 - fen.count)) + fen
        return YuanAmount(number: padded.dropLast(2) + "." + padded.suffix(2), multiplier: .one)
    }
}
