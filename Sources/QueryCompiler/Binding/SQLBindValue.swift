/// A value for one bind parameter, in the form the service hands to libpq.
///
/// Every statement casts its parameters (`$1::bigint`), so the service may send each value as text
/// (``postgresText``) with an unspecified type; the cases say what the text holds so a binary
/// encoding stays possible.
public enum SQLBindValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case text(String)
    case int64(Int64)
    case double(Double)
    case bool(Bool)
    /// An exact decimal, as text (`381200.00`).
    case numeric(String)
    /// A date, datetime or other value PostgreSQL parses from its text (`2019-09-18`).
    case textual(String)
    case textArray([String])
    case int64Array([Int64])
    /// Any other array, each element PostgreSQL's text for it.
    case textualArray([String])

    /// The parameter as PostgreSQL's text input format, nil for SQL null.
    public var postgresText: String? {
        switch self {
        case .null: nil
        case .text(let value), .numeric(let value), .textual(let value): value
        case .int64(let value): String(value)
        case .double(let value): value.isNaN ? "NaN" : value.isInfinite ? (value < 0 ? "-Infinity" : "Infinity") : "\(value)"
        case .bool(let value): value ? "true" : "false"
        case .textArray(let values), .textualArray(let values): SQLBindValue.arrayLiteral(values)
        case .int64Array(let values): "{" + values.map(String.init).joined(separator: ",") + "}"
        }
    }

    public var description: String { postgresText ?? "NULL" }

    /// `{"a","b\"c"}`: every element double-quoted with `"` and `\` escaped (PostgreSQL §8.15.6).
    private static func arrayLiteral(_ values: [String]) -> String {
        var text = "{"
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            text += "\""
            for character in value {
                if character == "\"" || character == "\\" { text += "\\" }
                text.append(character)
            }
            text += "\""
        }
        return text + "}"
    }
}
