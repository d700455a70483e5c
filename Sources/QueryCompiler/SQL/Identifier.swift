/// A name of a table, column or alias in generated SQL.
///
/// Identifiers come only from the mapping or from the compiler's own alias counter, never from the
/// text of a request: the type has no conversion from `Value` or `String` that a planner could reach
/// with user input, and the renderer double-quotes any identifier that is not a plain lower-case
/// word, so even a careless mapping cannot break out of the name.
public struct Identifier: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String

    /// Makes an identifier from a mapping's name; the name must be non-empty and free of NUL.
    public init(_ name: String) {
        precondition(!name.isEmpty && !name.utf8.contains(0), "an SQL identifier must be non-empty and free of NUL")
        self.name = name
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { name }

    /// The identifier as SQL text: bare when it is a plain lower-case word that is not reserved,
    /// double-quoted (with `"` doubled) otherwise (PostgreSQL §4.1.1).
    var rendered: String {
        if isPlain { return name }
        var text = "\""
        for character in name {
            if character == "\"" { text += "\"\"" } else { text.append(character) }
        }
        return text + "\""
    }

    private var isPlain: Bool {
        var first = true
        for byte in name.utf8 {
            let isLetter = (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            let isDigit = byte >= 0x30 && byte <= 0x39
            if !(isLetter || (!first && isDigit)) { return false }
            first = false
        }
        return !Identifier.reserved.contains(name)
    }

    /// PostgreSQL's reserved key words (Appendix C), which must be quoted to be used as names.
    private static let reserved: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
        "both", "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
        "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default",
        "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
        "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
        "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on",
        "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true",
        "union", "unique", "user", "using", "variadic", "when", "where", "window", "with",
        "join", "left", "right", "inner", "outer", "cross", "full", "natural", "is", "like", "ilike",
        "between", "overlaps", "similar", "verbose", "freeze", "binary", "concurrently", "notnull", "isnull",
        "tablesample",
    ]
}
