internal import PostgresClient

/// Findings and what hangs off them: links, funds, dispositions; one statement per table.
extension InspectionWriter {
    struct FindingRow: Encodable {
        let number: Int
        let category: String
        let title: String
        let status: String
        let long_term: Bool
        let progress: String
    }

    struct UnitLinkRow: Encodable { let ord: Int; let number: Int; let unit: String; let role: String }
    struct PersonLinkRow: Encodable { let ord: Int; let number: Int; let person_id: Int; let role: String }
    struct FundRow: Encodable {
        let ord: Int
        let number: Int
        let unit: String?
        let kind: String
        let amount: String?
        let amount_text: String?
        let source_text: String
    }
    struct DispositionRow: Encodable { let ord: Int; let number: Int?; let person_id: Int; let kind: String; let note: String }
    struct InspectionPersonRow: Encodable { let ord: Int; let person_id: Int; let role: String; let note: String }

    func writeDependants(_ plan: ImportPlan, inspectionID: Int, people: [Int]) throws {
        let id = PostgresBind.int(inspectionID)
        func rows(_ value: some Encodable) -> PostgresBind { .jsonb(JSONRows.encode(value)) }

        try connection.query("""
            INSERT INTO inspection_people (inspection_id, person_id, role, note)
            SELECT $1, d.person_id, d.role, d.note
            FROM jsonb_to_recordset($2) AS d(ord int, person_id bigint, role text, note text) ORDER BY d.ord
            """, [id, rows(plan.inspectionPeople.enumerated().map { index, link in
                InspectionPersonRow(ord: index, person_id: people[link.person], role: link.role.rawValue, note: link.note)
            })])

        try connection.query("""
            INSERT INTO findings (inspection_id, number, category, title, status, long_term, progress)
            SELECT $1, d.number, d.category, d.title, d.status, d.long_term, d.progress
            FROM jsonb_to_recordset($2) AS d(number int, category text, title text, status text, long_term boolean, progress text)
            ORDER BY d.number
            """, [id, rows(plan.findings.map { finding in
                FindingRow(number: finding.number, category: finding.category.rawValue, title: finding.title,
                           status: finding.status.rawValue, long_term: finding.isLongTerm, progress: finding.progress)
            })])

        let unitLinks = plan.findings.flatMap { finding in finding.units.map { (finding.number, $0) } }
        try connection.query("""
            INSERT INTO finding_units (finding_id, unit_id, role)
            SELECT f.id, u.id, d.role
            FROM jsonb_to_recordset($2) AS d(ord int, number int, unit text, role text)
            JOIN findings f ON f.inspection_id = $1 AND f.number = d.number
            JOIN units u ON u.key = d.unit
            ORDER BY d.ord
            """, [id, rows(unitLinks.enumerated().map { index, link in
                UnitLinkRow(ord: index, number: link.0, unit: link.1.unit, role: link.1.role)
            })])

        let personLinks = plan.findings.flatMap { finding in finding.people.map { (finding.number, $0) } }
        try connection.query("""
            INSERT INTO finding_people (finding_id, person_id, role)
            SELECT f.id, d.person_id, d.role
            FROM jsonb_to_recordset($2) AS d(ord int, number int, person_id bigint, role text)
            JOIN findings f ON f.inspection_id = $1 AND f.number = d.number
            ORDER BY d.ord
            """, [id, rows(personLinks.enumerated().map { index, link in
                PersonLinkRow(ord: index, number: link.0, person_id: people[link.1.person], role: link.1.role)
            })])

        let funds = plan.findings.flatMap { finding in finding.funds.map { (finding.number, $0) } }
        try connection.query("""
            INSERT INTO funds (inspection_id, finding_id, unit_id, kind, amount, amount_text, source_text)
            SELECT $1, f.id, u.id, d.kind, d.amount, d.amount_text, d.source_text
            FROM jsonb_to_recordset($2) AS d(ord int, number int, unit text, kind text, amount numeric, amount_text text, source_text text)
            JOIN findings f ON f.inspection_id = $1 AND f.number = d.number
            LEFT JOIN units u ON u.key = d.unit
            ORDER BY d.ord
            """, [id, rows(funds.enumerated().map { index, entry in
                FundRow(ord: index, number: entry.0, unit: entry.1.unit, kind: entry.1.kind.rawValue,
                        amount: entry.1.amount?.decimalText, amount_text: entry.1.amountText, source_text: entry.1.sentence)
            })])

        let dispositions = plan.findings.flatMap { finding in finding.dispositions.map { (Optional(finding.number), $0) } }
            + plan.summaryDispositions.map { (nil, $0) }
        try connection.query("""
            INSERT INTO dispositions (inspection_id, finding_id, person_id, kind, note)
            SELECT $1, f.id, d.person_id, d.kind, d.note
            FROM jsonb_to_recordset($2) AS d(ord int, number int, person_id bigint, kind text, note text)
            LEFT JOIN findings f ON f.inspection_id = $1 AND f.number = d.number
            ORDER BY d.ord
            """, [id, rows(dispositions.enumerated().map { index, entry in
                DispositionRow(ord: index, number: entry.0, person_id: people[entry.1.person], kind: entry.1.kind.rawValue, note: entry.1.note)
            })])
    }
}
