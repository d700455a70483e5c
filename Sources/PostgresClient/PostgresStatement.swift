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

/// The statements prepared on one session: name → SQL, bounded, least recently used first out.
///
/// Names derive from SQL text, and the SQL the product sends comes from a bounded set per plan,
/// but clients can invent ever new query shapes: each keeps a prepared statement (and its plans)
/// in the backend's memory for the session's life. Past ``capacity`` the least recently used
/// statements are chosen for `DEALLOCATE` (``PendingQuery`` and ``PostgresConnection/query(_:_:)``
/// send it), a tenth of the capacity at a time so that the sorting is rare.
struct PreparedStatementCache {
    private struct Entry {
        var sql: String
        var lastUse: UInt64
    }

    private var statements: [String: Entry] = [:]
    private var clock: UInt64 = 0
    /// How many statements a session keeps prepared.
    var capacity: Int

    init(capacity: Int = 1000) {
        self.capacity = max(1, capacity)
    }

    func contains(_ statement: PostgresStatement) -> Bool {
        guard let entry = statements[statement.name] else { return false }
        precondition(entry.sql == statement.sql, "prepared statement name \(statement.name) reused for different SQL")
        return true
    }

    /// Records a use, so the statement is among the last to be evicted.
    mutating func touch(_ statement: PostgresStatement) {
        clock += 1
        statements[statement.name]?.lastUse = clock
    }

    mutating func insert(_ statement: PostgresStatement) {
        clock += 1
        statements[statement.name] = Entry(sql: statement.sql, lastUse: clock)
    }

    mutating func remove(_ statement: PostgresStatement) { statements[statement.name] = nil }
    mutating func removeAll() { statements.removeAll() }
    var count: Int { statements.count }

    /// When `incoming` more statements would take the cache over its capacity: the names of the
    /// least recently used ones (never those in `keeping`) down to nine tenths of the capacity,
    /// removed from the record. The caller deallocates them on the server.
    mutating func evict(toAdmit incoming: Int, keeping: Set<String>) -> [String] {
        guard statements.count + incoming > capacity else { return [] }
        let target = max(0, capacity - capacity / 10 - incoming)
        let excess = statements.count - target
        guard excess > 0 else { return [] }
        let victims = statements.filter { !keeping.contains($0.key) }
            .sorted { $0.value.lastUse < $1.value.lastUse }
            .prefix(excess)
            .map(\.key)
        for name in victims { statements[name] = nil }
        return victims
    }
}

extension PostgresStatement {
    /// `DEALLOCATE "name"`: the name is an identifier made by this client (quoted, `"` doubled),
    /// never a value.
    static func deallocation(of name: String) -> String {
        "DEALLOCATE \"" + name.replacing("\"", with: "\"\"") + "\""
    }
}
