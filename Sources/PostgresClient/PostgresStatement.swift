/// A named statement to prepare once per connection and execute many times.
///
/// Preparing parses and plans the SQL once per session (`PQprepare`); later executions send only
/// the name and parameters (`PQexecPrepared`). The name is derived from the SQL text and declared
/// types, so the same statement built in two places shares one server-side preparation, and a
/// statement's name is stable across processes (handy in `pg_prepared_statements`).
package struct PostgresStatement: Sendable, Hashable {
    /// The server-side name, at most 63 bytes (PostgreSQL's identifier limit, `NAMEDATALEN - 1`).
    package let name: String
    /// One SQL statement with `$1…$n` placeholders.
    package let sql: String
    /// Declared parameter types; empty means the types of the first execution's binds are used.
    package let parameterTypes: [PostgresDataType]

    /// A statement named after a hash of its SQL and declared types.
    package init(_ sql: String, parameterTypes: [PostgresDataType] = []) {
        var hash = FNV1a()
        hash.combine(sql.utf8)
        for type in parameterTypes { hash.combine(String(type.rawValue).utf8) }
        self.init(name: "rectify_" + hash.hexDigest, sql: sql, parameterTypes: parameterTypes)
    }

    /// A statement with an explicit name; the name must be 1–63 bytes (a longer one is a bug).
    package init(name: String, sql: String, parameterTypes: [PostgresDataType] = []) {
        precondition(!name.isEmpty && name.utf8.count <= 63 && !name.utf8.contains(0),
                     "prepared statement names are 1-63 bytes without NUL")
        self.name = name
        self.sql = sql
        self.parameterTypes = parameterTypes
    }

    /// The types to prepare with for a first execution with `parameters`.
    func preparationTypes(for parameters: PostgresParameters) -> [PostgresDataType] {
        parameterTypes.isEmpty ? parameters.types : parameterTypes
    }
}

/// 64-bit FNV-1a, a stable (unseeded, unlike `Hasher`) hash for deriving statement names.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        // Separate fields so ("ab", "c") and ("a", "bc") differ.
        value ^= 0xff
        value &*= 0x0000_0100_0000_01b3
    }

    var hexDigest: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The statements prepared on one session: name → SQL.
///
/// Unbounded by design: names derive from SQL text, and the SQL the product sends comes from a
/// bounded set (migrations, the importer, the query compiler's plan cache). A reconnect is a new
/// connection with an empty cache, so statements are prepared again on the new session.
struct PreparedStatementCache {
    private var statements: [String: String] = [:]

    func contains(_ statement: PostgresStatement) -> Bool {
        guard let sql = statements[statement.name] else { return false }
        precondition(sql == statement.sql, "prepared statement name \(statement.name) reused for different SQL")
        return true
    }

    mutating func insert(_ statement: PostgresStatement) { statements[statement.name] = statement.sql }
    mutating func remove(_ statement: PostgresStatement) { statements[statement.name] = nil }
    mutating func removeAll() { statements.removeAll() }
    var count: Int { statements.count }
}
