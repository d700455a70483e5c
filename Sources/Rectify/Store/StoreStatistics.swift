package import PostgresClient

/// What the database holds, counted by PostgreSQL: `make run` prints it until the server lands.
package struct StoreStatistics: Sendable {
    package var lines: [String]

    /// Counts inspections, findings per category and status, funds and their total, people,
    /// dispositions per kind and units.
    package static func collect(_ connection: PostgresConnection) throws -> StoreStatistics {
        func pairs(_ sql: String) throws -> String {
            try connection.query(sql).map { row in "\(try row.decode(String.self, at: 0)) \(try row.decode(Int.self, at: 1))" }
                .joined(separator: ", ")
        }
        func count(_ table: String) throws -> Int {
            // Table names are constants of this file.
            try connection.query("SELECT count(*) FROM \(table)")[0].decode(Int.self, at: 0)
        }
        let funds = try connection.query("SELECT count(*), count(amount), coalesce(sum(amount), 0)::text FROM funds")[0]
        return StoreStatistics(lines: [
            "database holds:",
            "  inspections \(try count("inspections")), units \(try count("units")), people \(try count("people"))",
            "  findings \(try count("findings")) by category: " + (try pairs("""
                SELECT category, count(*) FROM findings GROUP BY category
                ORDER BY array_position(ARRAY['political','ideological','organisational','conduct','discipline'], category)
                """)),
            "  findings by status: " + (try pairs("SELECT status, count(*) FROM findings GROUP BY status ORDER BY count(*) DESC, status")),
            "  long-term findings: \(try connection.query("SELECT count(*) FROM findings WHERE long_term")[0].decode(Int.self, at: 0))",
            "  funds \(try funds.decode(Int.self, at: 0)) (\(try funds.decode(Int.self, at: 1)) with an amount), total \(try funds.decode(String.self, at: 2)) yuan; by kind: "
                + (try pairs("SELECT kind, count(*) FROM funds GROUP BY kind ORDER BY kind")),
            "  dispositions \(try count("dispositions")) by kind: " + (try pairs("SELECT kind, count(*) FROM dispositions GROUP BY kind ORDER BY kind")),
        ])
    }
}
