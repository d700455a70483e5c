import GraphQLLanguage

/// Renders JSON variable values the way graphql-js's `inspect` does in coercion messages, so
/// `Variable "$x" got invalid value …` reads exactly as graphql-js prints it.
///
/// Strings are JSON-quoted, numbers printed as JavaScript prints a `Number`, objects as
/// `{ key: value }` with unquoted keys, nesting deeper than two levels abbreviated to `[Array]` or
/// `[Object]`, and arrays longer than ten items cut with "... N more items".
enum Inspect {
    private static let maxArrayLength = 10
    private static let maxRecursiveDepth = 2

    static func inspect(_ value: JSONValue) -> String {
        format(value, depth: 0)
    }

    private static func format(_ value: JSONValue, depth: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return javaScriptNumber(text)
        case .string(let text): return jsonQuoted(text)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if depth + 1 > maxRecursiveDepth { return "[Array]" }
            var parts = items.prefix(maxArrayLength).map { format($0, depth: depth + 1) }
            let remaining = items.count - min(items.count, maxArrayLength)
            if remaining == 1 {
                parts.append("... 1 more item")
            } else if remaining > 1 {
                parts.append("... \(remaining) more items")
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .object(let members):
            let entries = javaScriptEntries(members)
            if entries.isEmpty { return "{}" }
            if depth + 1 > maxRecursiveDepth { return "[Object]" }
            let parts = entries.map { $0.key + ": " + format($0.value, depth: depth + 1) }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }

    /// Object members in JavaScript's property order: a repeated key keeps its first position and
    /// its last value, and array-index keys come first in numeric order.
    private static func javaScriptEntries(_ members: [JSONMember]) -> [JSONMember] {
        var order: [String] = []
        var values: [String: JSONValue] = [:]
        for member in members {
            if values.updateValue(member.value, forKey: member.key) == nil { order.append(member.key) }
        }
        let indexKeys = order.compactMap { key -> (UInt32, String)? in
            guard let number = UInt32(key), number != UInt32.max, String(number) == key else { return nil }
            return (number, key)
        }.sorted { $0.0 < $1.0 }.map(\.1)
        let indexSet = Set(indexKeys)
        let ordered = indexKeys + order.filter { !indexSet.contains($0) }
        return ordered.map { JSONMember($0, values[$0]!) }
    }

    /// `JSON.stringify` of a string.
    static func jsonQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// JavaScript's `String(Number(text))` for a JSON number's text, e.g. `1e3` → `1000`,
    /// `1.50` → `1.5`, `1e21` → `1e+21`.
    static func javaScriptNumber(_ text: String) -> String {
        guard let number = Double(text) else { return text }
        return javaScriptNumber(number)
    }

    static func javaScriptNumber(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        if number == 0 { return "0" }
        let sign = number < 0 ? "-" : ""
        // Swift's description is the shortest round-tripping form; take its digits and exponent.
        let swiftText = "\(abs(number))"
        let parts = swiftText.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1])! : 0
        var digits = Array(mantissa.filter { $0 != "." })
        var point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        let k = digits.count
        let n = point + exponent
        let digitText = String(digits)
        if k <= n && n <= 21 {
            return sign + digitText + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            return sign + String(digits[..<n]) + "." + String(digits[n...])
        }
        if -6 < n && n <= 0 {
            return sign + "0." + String(repeating: "0", count: -n) + digitText
        }
        let e = n - 1
        let exponentText = e < 0 ? "-\(-e)" : "+\(e)"
        let head = k == 1 ? digitText : String(digits[0]) + "." + String(digits[1...])
        return sign + head + "e" + exponentText
    }
}
