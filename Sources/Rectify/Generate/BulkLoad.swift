internal import PostgresClient

/// What a large load suspends for its own transaction to go faster, and puts back before commit.
///
/// Measured on this project's shared 2-core machine with 1,000,000 findings (about 4.4 million
/// rows) into a fresh store: with every constraint and index in place the load took 240 s, most
/// of it per-row foreign-key checks (a trigger query per key per row, about eight million) and
/// index maintenance, the trigram (GIN) indexes on findings' text above all. Re-adding a foreign
/// key validates a whole table with one join in a second or two, a B-tree index is rebuilt from
/// sorted rows in one to two seconds per million, and a trigram index built at once costs less
/// than one fed row by row; dropping them all and re-creating them brought the load to under two
/// minutes. So a large load drops the loaded tables' foreign keys and secondary indexes (not the
/// primary keys and unique constraints, which keep checking rows as they arrive) and re-creates
/// them from their own definitions (`pg_get_indexdef`, `pg_get_constraintdef`) before commit;
/// every foreign key is validated against every row.
///
/// Everything happens inside the generation's transaction (DDL is transactional in PostgreSQL), so
/// a failure restores constraints and indexes with the rows. The price is that `DROP INDEX` and
/// `ALTER TABLE` lock the tables against readers too until commit, and that rebuilding covers the
/// rows already there: so only a load of at least ``DatasetGenerator/bulkThreshold`` findings that
/// at least doubles the findings suspends anything; smaller loads keep everything and only give
/// the GIN pending lists more room (`gin_pending_list_limit`, `work_mem`), merging them at the end.
struct BulkLoad {
    /// The loaded tables, as a PostgreSQL array literal of names (constants of ``DatasetTables``).
    static let tableArray = "{" + DatasetTables.Table.allCases.map(\.name).joined(separator: ",") + "}"

    /// Statements that re-create what was dropped: indexes first, then foreign keys.
    private(set) var restoreStatements: [String] = []
    /// Indexes and foreign keys dropped.
    private(set) var droppedIndexes = 0
    private(set) var droppedForeignKeys = 0

    /// Raises the limits index maintenance works within, for this transaction only.
    static func tune(_ connection: PostgresConnection) throws {
        try connection.query("SET LOCAL gin_pending_list_limit = '64MB'")
        try connection.query("SET LOCAL work_mem = '64MB'")
        try connection.query("SET LOCAL maintenance_work_mem = '256MB'")
    }

    /// Whether the current user owns every loaded table (needed to alter them).
    static func ownsTables(_ connection: PostgresConnection) throws -> Bool {
        try connection.query("""
            SELECT coalesce(bool_and(pg_has_role(c.relowner, 'USAGE')), false)
            FROM pg_class c WHERE c.oid = ANY ($1::text[]::regclass[])
            """, [.text(tableArray)])[0].decode(Bool.self, at: 0)
    }

    /// Drops the loaded tables' foreign keys and secondary indexes (B-tree and GIN), remembering how
    /// to re-create them.
    static func suspend(_ connection: PostgresConnection) throws -> BulkLoad {
        var load = BulkLoad()
        // Statements are composed by PostgreSQL from its own catalogue: format() quotes names,
        // pg_get_indexdef() and pg_get_constraintdef() give each definition exactly as it stands.
        let indexes = try connection.query("""
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
            WHERE i.indrelid = ANY ($1::text[]::regclass[]) AND a.amname IN ('btree', 'gin')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY i.indexrelid
            """, [.text(tableArray)])
        let foreignKeys = try connection.query("""
            SELECT format('ALTER TABLE %s %s', c.conrelid::regclass,
                          string_agg(format('DROP CONSTRAINT %I', c.conname), ', ' ORDER BY c.conname)),
                   format('ALTER TABLE %s %s', c.conrelid::regclass,
                          string_agg(format('ADD CONSTRAINT %I %s', c.conname, pg_get_constraintdef(c.oid)), ', ' ORDER BY c.conname)),
                   count(*)
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY ($1::text[]::regclass[])
            GROUP BY c.conrelid
            ORDER BY c.conrelid
            """, [.text(tableArray)])
        for row in foreignKeys {
            try connection.executeScript(try row.decode(String.self, at: 0))
            load.droppedForeignKeys += try row.decode(Int.self, at: 2)
        }
        for row in indexes {
            try connection.executeScript(try row.decode(String.self, at: 0))
            load.restoreStatements.append(try row.decode(String.self, at: 1))
            load.droppedIndexes += 1
        }
        load.restoreStatements += try foreignKeys.map { try $0.decode(String.self, at: 1) }
        return load
    }

    /// Re-creates the dropped indexes and re-adds the foreign keys, validating every row.
    func restore(_ connection: PostgresConnection) throws {
        for statement in restoreStatements {
            try connection.executeScript(statement)
        }
    }

    /// Merges the GIN indexes' pending lists into the indexes, so searches do not scan them.
    static func mergePendingLists(_ connection: PostgresConnection) throws {
        try connection.query("""
            SELECT gin_clean_pending_list(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
            WHERE a.amname = 'gin' AND i.indrelid = ANY ($1::text[]::regclass[]) AND pg_has_role(c.relowner, 'USAGE')
            """, [.text(tableArray)])
    }
}
