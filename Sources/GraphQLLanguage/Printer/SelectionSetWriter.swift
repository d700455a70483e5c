/// Writes selection sets in graphql-js's layout without recursion.
///
/// Selection sets nest as deep as a document does (`ParseOptions.maxDepth`), so nested sets wait
/// on an explicit stack instead of the call stack, and everything is appended to one buffer
/// rather than built from nested strings. The text is the same as graphql-js's
/// `block(selections)`: each selection on its own line, two spaces deeper per level, and every
/// line break inside a selection (block strings, wrapped arguments) indented with it.
struct SelectionSetWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ selectionSet: SelectionSet) {
        guard !selectionSet.selections.isEmpty else { return }
        var open: [(selections: [Selection], next: Int)] = [(selectionSet.selections, 0)]
        append("{")
        depth += 1
        while !open.isEmpty {
            let innermost = open.count - 1
            guard open[innermost].next < open[innermost].selections.count else {
                open.removeLast()
                depth -= 1
                newline()
                append("}")
                continue
            }
            let selection = open[innermost].selections[open[innermost].next]
            open[innermost].next += 1
            newline()
            if let nested = writeHead(of: selection), !nested.selections.isEmpty {
                append(" {")
                depth += 1
                open.append((nested.selections, 0))
            }
        }
    }

    /// Writes one selection and everything nested in it.
    mutating func write(_ selection: Selection) {
        if let nested = writeHead(of: selection), !nested.selections.isEmpty {
            append(" ")
            write(nested)
        }
    }

    /// Writes a selection up to its selection set, which it returns.
    private mutating func writeHead(of selection: Selection) -> SelectionSet? {
        switch selection {
        case .field(let field):
            let prefix = (field.alias.map { $0.value + ": " } ?? "") + field.name.value
            append(prefix)
            writeArguments(field.arguments, after: prefix)
            writeDirectives(field.directives)
            return field.selectionSet
        case .fragmentSpread(let spread):
            append("..." + spread.name.value)
            writeDirectives(spread.directives)
            return nil
        case .inlineFragment(let fragment):
            append("...")
            if let typeCondition = fragment.typeCondition { append(" on " + typeCondition.name.value) }
            writeDirectives(fragment.directives)
            return fragment.selectionSet
        }
    }

    /// `(a: 1, b: 2)`, or one argument per line when the field's line would pass 80 UTF-16 code
    /// units, as graphql-js measures it.
    private mutating func writeArguments(_ arguments: [Argument], after prefix: String) {
        guard !arguments.isEmpty else { return }
        let printed = arguments.map(Printer.print)
        let line = printed.joined(separator: ", ")
        if prefix.utf16.count + line.utf16.count + 2 <= Printer.maxLineLength {
            appendIndented("(" + line + ")")
            return
        }
        append("(")
        depth += 1
        for argument in printed {
            newline()
            appendIndented(argument)
        }
        depth -= 1
        newline()
        append(")")
    }

    private mutating func writeDirectives(_ directives: [Directive]) {
        for directive in directives {
            append(" ")
            appendIndented(Printer.print(directive))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends text whose line breaks (block strings) continue at the current indentation.
    private mutating func appendIndented(_ text: String) {
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x0A { indent() }
        }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        for _ in 0..<depth {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }
}
