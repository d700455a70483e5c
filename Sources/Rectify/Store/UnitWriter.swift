internal import PostgresClient

/// Brings the `units` table in line with the gazetteer, touching only rows that differ.
///
/// Rows are never rewritten when equal (and no identity value is drawn for them), so importing
/// again leaves the table byte-for-byte as it was. Units in the table that the gazetteer does
/// not list are kept: other notices or the generator may have added them.
struct UnitWriter {
    let connection: PostgresConnection

    struct Row: Encodable {
        let ord: Int
        let key: String
        let name: String
        let short_name: String?
        let aliases: [String]
        let kind: String
        let parent: String?
    }

    /// Inserts missing units, updates changed ones; returns how many of each, and every unit's id.
    func sync(_ gazetteer: UnitGazetteer) throws -> (inserted: Int, updated: Int, ids: [String: Int]) {
        let rows = gazetteer.units.enumerated().map { index, unit in
            Row(ord: index, key: unit.key, name: unit.name, short_name: unit.shortName, aliases: unit.allAliases,
                kind: unit.kind.rawValue, parent: unit.parent)
        }
        let json = PostgresBind.jsonb(JSONRows.encode(rows))
        let recordset = "jsonb_to_recordset($1) AS d(ord int, key text, name text, short_name text, aliases text[], kind text, parent text)"
        var inserted: Set<String> = []
        for row in try connection.query("""
            INSERT INTO units (key, name, short_name, aliases, kind)
            SELECT d.key, d.name, d.short_name, d.aliases, d.kind FROM \(recordset)
            WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.key = d.key)
            ORDER BY d.ord
            RETURNING key
            """, [json]) {
            inserted.insert(try row.decode(String.self, at: 0))
        }
        var updated: Set<String> = []
        for row in try connection.query("""
            UPDATE units u SET name = d.name, short_name = d.short_name, aliases = d.aliases, kind = d.kind, parent_id = p.id
            FROM \(recordset) LEFT JOIN units p ON p.key = d.parent
            WHERE u.key = d.key
              AND (u.name, u.short_name, u.aliases, u.kind, u.parent_id) IS DISTINCT FROM (d.name, d.short_name, d.aliases, d.kind, p.id)
            RETURNING u.key
            """, [json]) {
            updated.insert(try row.decode(String.self, at: 0))
        }
        var ids: [String: Int] = [:]
        for row in try connection.query("SELECT key, id FROM units") {
            ids[try row.decode(String.self, at: 0)] = try row.decode(Int.self, at: 1)
        }
        // A new unit with a parent is inserted, then given its parent: it counts as inserted only.
        return (inserted.count, updated.subtracting(inserted).count, ids)
    }
}
