internal import PostgresClient

/// Writes one planned inspection and everything under it, inside the caller's transaction.
///
/// The inspection's natural key is (source, title, report_date). When a row with that key has
/// the plan's checksum, nothing is written; when it has another, its dependants are deleted and
/// written anew under the same inspection id.
struct InspectionWriter {
    let connection: PostgresConnection
    let unitIDs: [String: Int]

    func write(_ plan: ImportPlan) throws -> ImportOutcome {
        let checksum = plan.checksum
        let header = plan.inspection
        let existing = try connection.query(
            "SELECT id, content_checksum FROM inspections WHERE source = $1 AND title = $2 AND report_date = $3::date",
            [.text(header.source), .text(header.title), .text(header.reportedOn.description)]
        ).first.map { (try $0.decode(Int.self, at: 0), try $0.decode(String.self, at: 1)) }
        if let existing, existing.1 == checksum { return .unchanged }

        let values: PostgresParameters = [
            .text(header.title), .text(header.source), unit(header.sourceUnit), unit(header.teamUnit), unit(header.targetUnit),
            unit(header.leadingGroupUnit), .text(header.startedOn.description), .text(header.endedOn.description),
            .text(header.feedbackOn?.description), .text(header.reportedOn.description), .text(header.publishedAt.description),
            .text(header.signedBy), .text(header.introduction), .text(header.summary), .int(header.statedFindingCount),
            .int(header.statedCompletedCount), .int(header.statedBasicallyCompletedCount), .int(header.statedLongTermCount),
            .text(plan.sourceFile), .text(checksum),
        ]
        let inspectionID: Int
        let outcome: ImportOutcome
        if let existing {
            inspectionID = existing.0
            outcome = .replaced
            var update = values
            update.append(.int(inspectionID))
            try connection.query("""
                UPDATE inspections SET title = $1, source = $2, source_unit_id = $3, team_unit_id = $4, target_unit_id = $5,
                    leading_group_unit_id = $6, start_date = $7::date, end_date = $8::date,
                    feedback_date = $9::date, report_date = $10::date, published_at = $11::timestamptz, signed_by = $12,
                    introduction = $13, summary = $14, stated_finding_count = $15, stated_completed_count = $16,
                    stated_basically_completed_count = $17, stated_long_term_count = $18, source_file = $19,
                    content_checksum = $20, imported_at = now()
                WHERE id = $21
                """, update)
            for table in ["findings", "dispositions", "funds", "inspection_people", "people"] {
                // Table names are constants of this file, never input.
                try connection.query("DELETE FROM \(table) WHERE inspection_id = $1", [.int(inspectionID)])
            }
        } else {
            outcome = .imported
            inspectionID = try connection.query("""
                INSERT INTO inspections (title, source, source_unit_id, team_unit_id, target_unit_id, leading_group_unit_id,
                    start_date, end_date, feedback_date, report_date, published_at, signed_by,
                    introduction, summary, stated_finding_count, stated_completed_count, stated_basically_completed_count,
                    stated_long_term_count, source_file, content_checksum)
                VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8::date, $9::date, $10::date, $11::timestamptz, $12, $13, $14,
                    $15, $16, $17, $18, $19, $20)
                RETURNING id
                """, values)[0].decode(Int.self, at: 0)
        }
        let people = try writePeople(plan.people, inspectionID: inspectionID)
        try writeDependants(plan, inspectionID: inspectionID, people: people)
        return outcome
    }

    private func unit(_ key: String?) -> PostgresBind {
        .int(key.flatMap { unitIDs[$0] })
    }

    /// The key a planned person is stored under: scoped people carry the inspection's id.
    static func storedKey(_ person: ImportPlan.Person, inspectionID: Int) -> String {
        person.isScopedToInspection ? "inspection:\(inspectionID):\(person.key)" : person.key
    }

    struct PersonRow: Encodable {
        let ord: Int
        let key: String
        let name: String?
        let role: String
        let unit: String?
        let inspection_id: Int?
    }

    /// Inserts the plan's people that are not there, updates named people whose role or unit
    /// changed; returns the people's ids in plan order.
    private func writePeople(_ people: [ImportPlan.Person], inspectionID: Int) throws -> [Int] {
        let rows = people.enumerated().map { index, person in
            PersonRow(ord: index, key: Self.storedKey(person, inspectionID: inspectionID), name: person.name, role: person.role,
                      unit: person.unit, inspection_id: person.isScopedToInspection ? inspectionID : nil)
        }
        let json = PostgresBind.jsonb(JSONRows.encode(rows))
        let recordset = "jsonb_to_recordset($1) AS d(ord int, key text, name text, role text, unit text, inspection_id bigint)"
        try connection.query("""
            INSERT INTO people (key, name, role, unit_id, inspection_id)
            SELECT d.key, d.name, d.role, u.id, d.inspection_id FROM \(recordset) LEFT JOIN units u ON u.key = d.unit
            WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.key = d.key)
            ORDER BY d.ord
            """, [json])
        try connection.query("""
            UPDATE people p SET name = d.name, role = d.role, unit_id = u.id
            FROM \(recordset) LEFT JOIN units u ON u.key = d.unit
            WHERE p.key = d.key AND (p.name, p.role, p.unit_id) IS DISTINCT FROM (d.name, d.role, u.id)
            """, [json])
        var ids: [String: Int] = [:]
        for row in try connection.query("""
            SELECT p.key, p.id FROM people p JOIN \(recordset) ON p.key = d.key
            """, [json]) {
            ids[try row.decode(String.self, at: 0)] = try row.decode(Int.self, at: 1)
        }
        return rows.map { ids[$0.key] ?? 0 }
    }
}
