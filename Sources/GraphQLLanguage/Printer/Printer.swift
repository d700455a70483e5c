/// Prints AST nodes as canonical GraphQL text, in graphql-js's `print()` format.
///
/// The output parses back to an equal AST: `Parser.parse(Printer.print(document)) == document`.
/// Layout follows graphql-js exactly (two-space indentation, one selection per line, arguments
/// wrapped onto their own lines past 80 characters, block strings re-indented with their block),
/// so printed documents and error messages that quote values read the same as graphql-js's.
public enum Printer {
    /// Field arguments go on separate lines when the field's line would be longer than this.
    static let maxLineLength = 80

    /// The document's definitions, separated by blank lines.
    public static func print(_ document: Document) -> String {
        join(document.definitions.map(print), "\n\n")
    }

    public static func print(_ definition: Definition) -> String {
        switch definition {
        case .operation(let operation): print(operation)
        case .fragment(let fragment): print(fragment)
        case .typeSystem(let definition): print(definition)
        case .typeSystemExtension(let definition): print(definition)
        }
    }

    /// An operation; an anonymous query without variables or directives prints as `{ … }`.
    public static func print(_ operation: OperationDefinition) -> String {
        let variables = wrap("(", join(operation.variableDefinitions.map(print), ", "), ")")
        let prefix = join([
            operation.operation.rawValue,
            join([operation.name?.value ?? "", variables]),
            join(operation.directives.map(print), " "),
        ], " ")
        return (prefix == "query" ? "" : prefix + " ") + print(operation.selectionSet)
    }

    public static func print(_ definition: VariableDefinition) -> String {
        "$" + definition.variable.name.value + ": " + print(definition.type)
            + wrap(" = ", definition.defaultValue.map(print) ?? "")
            + wrap(" ", join(definition.directives.map(print), " "))
    }

    public static func print(_ fragment: FragmentDefinition) -> String {
        "fragment \(fragment.name.value) on \(fragment.typeCondition.name.value) "
            + wrap("", join(fragment.directives.map(print), " "), " ")
            + print(fragment.selectionSet)
    }

    public static func print(_ selectionSet: SelectionSet) -> String {
        var writer = SelectionSetWriter()
        writer.write(selectionSet)
        return writer.text
    }

    public static func print(_ selection: Selection) -> String {
        var writer = SelectionSetWriter()
        writer.write(selection)
        return writer.text
    }

    public static func print(_ argument: Argument) -> String {
        argument.name.value + ": " + print(argument.value)
    }

    public static func print(_ directive: Directive) -> String {
        "@" + directive.name.value + wrap("(", join(directive.arguments.map(print), ", "), ")")
    }

    /// A value literal as GraphQL writes it, e.g. `{a: [1, "x"]}`.
    public static func print(_ value: Value) -> String {
        var text = ""
        write(value, to: &text)
        return text
    }

    /// Appends a value. Lists and objects wait on an explicit stack rather than the call stack,
    /// so values nested `ParseOptions.maxDepth` deep print on a small thread stack.
    static func write(_ value: Value, to text: inout String) {
        var open: [(items: OpenItems, next: Int)] = []
        var pending: Value? = value
        while true {
            if let value = pending {
                pending = nil
                switch value.kind {
                case .list(let values):
                    text += "["
                    open.append((.values(values), 0))
                case .object(let fields):
                    text += "{"
                    open.append((.fields(fields), 0))
                default:
                    writeScalar(value, to: &text)
                }
            }
            guard let (items, next) = open.last else { return }
            open[open.count - 1].next += 1
            switch items {
            case .values(let values) where next < values.count:
                if next > 0 { text += ", " }
                pending = values[next]
            case .fields(let fields) where next < fields.count:
                if next > 0 { text += ", " }
                text += fields[next].name.value + ": "
                pending = fields[next].value
            case .values:
                text += "]"
                open.removeLast()
            case .fields:
                text += "}"
                open.removeLast()
            }
        }
    }

    /// The elements of a list or fields of an object being written.
    private enum OpenItems {
        case values([Value])
        case fields([ObjectField])
    }

    /// Appends a value that is neither a list nor an object.
    private static func writeScalar(_ value: Value, to text: inout String) {
        switch value.kind {
        case .variable(let variable): text += "$" + variable.name.value
        case .int(let literal), .float(let literal): text += literal
        case .string(let string, let isBlock): text += isBlock ? BlockString.print(string) : printString(string)
        case .boolean(let bool): text += bool ? "true" : "false"
        case .null: text += "null"
        case .enumValue(let name): text += name
        case .list, .object: preconditionFailure("lists and objects are written by write(_:to:)")
        }
    }

    /// A type reference, e.g. `[String!]!`.
    public static func print(_ type: TypeReference) -> String {
        type.description
    }

    /// A string literal with graphql-js's escapes: `"`, `\`, and C0/C1 control characters
    /// (`\n`, `\t` and the like by name, the rest as `\u00XX`).
    static func printString(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x08: result += "\\b"
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0C: result += "\\f"
            case 0x0D: result += "\\r"
            case 0x00...0x1F, 0x7F...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: graphql-js's layout helpers

    /// The non-empty parts, joined.
    static func join(_ parts: [String], _ separator: String = "") -> String {
        parts.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// `start + text + end`, or nothing when `text` is empty.
    static func wrap(_ start: String, _ text: String, _ end: String = "") -> String {
        text.isEmpty ? "" : start + text + end
    }

    /// `{`, the items one per line and indented, `}`; nothing when there are no items.
    static func block(_ items: [String]) -> String {
        wrap("{\n", indent(join(items, "\n")), "\n}")
    }

    /// Every line indented by two spaces, including lines inside block strings, as graphql-js
    /// does (block string values are unchanged by it, since parsing removes common indentation).
    static func indent(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var indented: [UInt8] = [0x20, 0x20]
        indented.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            indented.append(byte)
            if byte == 0x0A {
                indented.append(0x20)
                indented.append(0x20)
            }
        }
        return String(decoding: indented, as: UTF8.self)
    }

    /// Whether any item spans several lines, which puts argument definitions one per line.
    static func hasMultilineItems(_ items: [String]) -> Bool {
        items.contains { $0.contains("\n") }
    }
}
