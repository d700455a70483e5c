/// A constant the compiler itself writes into SQL text: a JSON key, a type name, a cursor tag.
///
/// Literals are never built from request values (those are always `Bind`s); they come from the
/// schema, the mapping or the compiler, so they are part of a statement's shape. String literals are
/// still escaped by the renderer (quotes doubled) so a mapping can never break out of one.
public enum SQLLiteral: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case null

    var rendered: String {
        switch self {
        case .string(let value):
            // A newline is written as an escape (E'…\n…') so a statement stays one line per clause.
            let escaped = value.contains("\n")
            var text = escaped ? "E'" : "'"
            for character in value {
                switch character {
                case "'": text += "''"
                case "\\" where escaped: text += "\\\\"
                case "\n": text += "\\n"
                default: text.append(character)
                }
            }
            return text + "'"
        case .integer(let value): return String(value)
        case .boolean(let value): return value ? "true" : "false"
        case .null: return "NULL"
        }
    }
}
