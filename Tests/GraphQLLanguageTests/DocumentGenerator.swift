/// A deterministic generator of valid GraphQL source text, for round-trip property tests.
///
/// It writes text rather than ASTs so that the parser sees what clients write: random
/// whitespace, commas and comments, names that are keywords elsewhere, escapes, block strings,
/// Chinese text, and nesting.
struct DocumentGenerator {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func document() -> String {
        var definitions: [String] = []
        for _ in 0..<int(1...4) {
            switch int(0...9) {
            case 0...3: definitions.append(operation())
            case 4: definitions.append(fragment())
            case 5...7: definitions.append(typeDefinition())
            case 8: definitions.append(directiveDefinition())
            default: definitions.append(typeExtension())
            }
        }
        return definitions.joined(separator: ignored(atLeastOne: true))
    }

    // MARK: Executable definitions

    private mutating func operation() -> String {
        if chance(4) { return selectionSet(depth: 0) }
        var text = pick(["query", "mutation", "subscription"])
        if chance(2) { text += " " + name() }
        if chance(2) {
            text += "(" + (0..<int(1...3)).map { _ in
                "$\(name()): \(typeReference())" + (chance(2) ? " = \(value(const: true, depth: 0))" : "") + directives(const: true)
            }.joined(separator: ignored(atLeastOne: false) + ",") + ")"
        }
        return text + directives(const: false) + ignored(atLeastOne: false) + selectionSet(depth: 0)
    }

    private mutating func fragment() -> String {
        "fragment \(name(notOn: true)) on \(name())\(directives(const: false)) \(selectionSet(depth: 0))"
    }

    private mutating func selectionSet(depth: Int) -> String {
        let selections = (0..<int(1...4)).map { _ in selection(depth: depth + 1) }
        return "{" + ignored(atLeastOne: false) + selections.joined(separator: ignored(atLeastOne: true)) + ignored(atLeastOne: false) + "}"
    }

    private mutating func selection(depth: Int) -> String {
        let nested = depth < 5 && chance(3)
        switch int(0...9) {
        case 0: return "..." + name(notOn: true) + directives(const: false)
        case 1: return "..." + (chance(2) ? " on " + name() : "") + directives(const: false) + selectionSet(depth: depth)
        default:
            var text = (chance(4) ? name() + ":" + ignored(atLeastOne: false) : "") + name()
            if chance(2) { text += arguments(const: false) }
            text += directives(const: false)
            return nested ? text + " " + selectionSet(depth: depth) : text
        }
    }

    private mutating func arguments(const: Bool) -> String {
        "(" + (0..<int(1...3)).map { _ in "\(name()): \(value(const: const, depth: 0))" }.joined(separator: ", ") + ")"
    }

    private mutating func directives(const: Bool) -> String {
        guard chance(3) else { return "" }
        return (0..<int(1...2)).map { _ in " @" + name() + (chance(2) ? arguments(const: const) : "") }.joined()
    }

    private mutating func value(const: Bool, depth: Int) -> String {
        let composite = depth < 4
        switch int(0...(composite ? 11 : 9)) {
        case 0 where !const: return "$" + name()
        case 0, 1: return pick(["0", "-7", "42", "1234567890123456789012345"])
        case 2: return pick(["0.5", "-1.25e10", "6E-3", "1e+2", "3.14159"])
        case 3, 4: return stringLiteral()
        case 5: return blockStringLiteral()
        case 6: return pick(["true", "false", "null"])
        case 7, 8, 9: return name(enumValue: true)
        case 10: return "[" + (0..<int(0...3)).map { _ in value(const: const, depth: depth + 1) }.joined(separator: ", ") + "]"
        default: return "{" + (0..<int(0...3)).map { _ in "\(name()): \(value(const: const, depth: depth + 1))" }.joined(separator: ", ") + "}"
        }
    }

    private mutating func stringLiteral() -> String {
        let pieces = ["a", "Z", " ", "中文", "整改", "😀", #"\""#, #"\\"#, #"\/"#, #"\n"#, #"\t"#, #"\u00e9"#, #"\u{1F600}"#,
                      #"\uD83D\uDE00"#, "\u{07}", "'", "#"]
        return "\"" + (0..<int(0...6)).map { _ in pick(pieces) }.joined() + "\""
    }

    private mutating func blockStringLiteral() -> String {
        let pieces = ["word", " ", "  ", "\t", "\n", "\n  ", "\r\n", #"\""""#, "\"x", "中文", "😀", "\\n"]
        var raw = (0..<int(0...8)).map { _ in pick(pieces) }.joined()
        // A raw value may not end where a quote or backslash would run into the closing quotes.
        if raw.hasSuffix("\"") || raw.hasSuffix("\\") || raw.hasSuffix("\"\"\"") { raw += " " }
        return "\"\"\"" + raw + "\"\"\""
    }

    private mutating func typeReference() -> String {
        var text = chance(4) ? "[" + typeReference() + "]" : name()
        if chance(2) { text += "!" }
        return text
    }

    // MARK: Type-system definitions

    private mutating func description() -> String {
        switch int(0...3) {
        case 0: return stringLiteral() + "\n"
        case 1: return blockStringLiteral() + "\n"
        default: return ""
        }
    }

    private mutating func typeDefinition() -> String {
        description() + typeBody(extending: false)
    }

    private mutating func typeExtension() -> String {
        if chance(6) { return "extend schema @" + name() + " { query: " + name() + " }" }
        return "extend " + typeBody(extending: true)
    }

    private mutating func typeBody(extending: Bool) -> String {
        switch int(0...6) {
        case 0: return "scalar \(name())" + (extending ? " @" + name() : directives(const: true))
        case 1, 2:
            let keyword = chance(2) ? "type" : "interface"
            let interfaces = chance(2) ? " implements " + (chance(3) ? "& " : "") + (0..<int(1...3)).map { _ in name() }.joined(separator: " & ") : ""
            return "\(keyword) \(name())\(interfaces)\(directives(const: true)) {\n" + (0..<int(1...4)).map { _ in
                "  " + description() + name() + (chance(2) ? argumentDefinitions() : "") + ": " + typeReference() + directives(const: true)
            }.joined(separator: "\n") + "\n}"
        case 3: return "union \(name())\(directives(const: true)) = " + (chance(3) ? "| " : "") + (0..<int(1...3)).map { _ in name() }.joined(separator: " | ")
        case 4: return "enum \(name())\(directives(const: true)) { " + (0..<int(1...4)).map { _ in description() + name(enumValue: true) + directives(const: true) }.joined(separator: " ") + " }"
        case 5: return "input \(name())\(directives(const: true)) { " + (0..<int(1...3)).map { _ in inputValueDefinition() }.joined(separator: " ") + " }"
        default: return "schema\(directives(const: true)) { query: \(name()) mutation: \(name()) }"
        }
    }

    private mutating func argumentDefinitions() -> String {
        "(" + (0..<int(1...3)).map { _ in inputValueDefinition() }.joined(separator: ", ") + ")"
    }

    private mutating func inputValueDefinition() -> String {
        description() + name() + ": " + typeReference() + (chance(2) ? " = " + value(const: true, depth: 0) : "") + directives(const: true)
    }

    private mutating func directiveDefinition() -> String {
        let locations = ["QUERY", "FIELD", "FRAGMENT_SPREAD", "OBJECT", "ENUM_VALUE", "INPUT_FIELD_DEFINITION", "VARIABLE_DEFINITION"]
        return description() + "directive @\(name())" + (chance(2) ? argumentDefinitions() : "")
            + (chance(3) ? " repeatable" : "") + " on " + (chance(3) ? "| " : "")
            + (0..<int(1...3)).map { _ in pick(locations) }.joined(separator: " | ")
    }

    // MARK: Pieces

    /// A name, sometimes one that is a keyword elsewhere in the grammar.
    private mutating func name(notOn: Bool = false, enumValue: Bool = false) -> String {
        var keywords = ["query", "mutation", "fragment", "type", "extend", "schema", "implements", "repeatable", "input", "on", "true", "null"]
        if notOn { keywords.removeAll { $0 == "on" } }
        if enumValue { keywords.removeAll { $0 == "true" || $0 == "null" } }
        if chance(8) { return pick(keywords) }
        let first = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
        let rest = first + Array("0123456789")
        return String(pick(first)) + String((0..<int(0...7)).map { _ in pick(rest) })
    }

    /// Whitespace, commas, line breaks and comments between tokens.
    private mutating func ignored(atLeastOne: Bool) -> String {
        var text = atLeastOne ? pick([" ", "\n", ",", "\t", "\r\n"]) : ""
        for _ in 0..<int(0...2) {
            text += pick([" ", "  ", "\n", ",", "\r\n", "\r", "\t", "# 注释 comment\n", "\u{FEFF}"])
        }
        return text
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    private mutating func chance(_ oneIn: Int) -> Bool {
        int(1...oneIn) == 1
    }

    private mutating func pick<T>(_ options: [T]) -> T {
        options[int(0...(options.count - 1))]
    }
}

/// SplitMix64: a tiny, fast, seedable generator, so failures reproduce from their seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
