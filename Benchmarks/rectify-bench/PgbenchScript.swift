import Rectify

/// A pgbench custom script that runs a request's compiled statements the way the service runs
/// them: the same SQL text, prepared once per connection (`pgbench -M prepared`), executed with
/// the same parameter values sent as text of unspecified type.
///
/// pgbench turns each `:name` in a statement into a `$n` parameter under `-M prepared`, so every
/// `$n` of the compiled SQL becomes a pgbench variable rather than a literal spliced into the
/// text: a literal would let PostgreSQL plan every execution for its constants (a custom plan),
/// where the service's prepared statements may get a generic plan after five executions. A
/// variable's value comes from `-D name=value` (the ``defines``), which holds any text, since
/// `\set` holds only numbers; a value marked random (``Random``) is drawn per transaction with
/// `\set name random(lo, hi)`, as wrk's Lua script draws the ID it sends. A NULL parameter
/// becomes the literal `NULL` (pgbench variables cannot be NULL).
struct PgbenchScript {
    /// A parameter drawn uniformly per transaction: any parameter whose text is `sentinel` is
    /// replaced by a random integer from `range`.
    struct Random {
        var sentinel: String
        var range: ClosedRange<Int64>
    }

    /// Why the statements cannot be run by pgbench unchanged.
    enum Failure: Error, CustomStringConvertible {
        /// pgbench would read `:name` inside the SQL as one of its variables.
        case colonName(statement: Int, near: String)

        var description: String {
            switch self {
            case .colonName(let statement, let near):
                "statement \(statement) contains \"\(near)\", which pgbench would read as a variable"
            }
        }
    }

    /// The script text: `\set` lines for the random values, then each statement ending in `;`.
    private(set) var text = ""
    /// `name=value` for `pgbench -D`, one per fixed parameter.
    private(set) var defines: [String] = []

    init(_ statements: [CompiledStatement], randoms: [Random]) throws(Failure) {
        var setLines: [String] = []
        var body = ""
        for (statementIndex, statement) in statements.enumerated() {
            if let near = Self.colonName(in: statement.sql) {
                throw .colonName(statement: statementIndex + 1, near: near)
            }
            var replacements: [String] = []
            for (parameterIndex, value) in statement.parameters.enumerated() {
                guard let value else {
                    replacements.append("NULL")
                    continue
                }
                if let randomIndex = randoms.firstIndex(where: { $0.sentinel == value }) {
                    let name = "random\(randomIndex + 1)"
                    let random = randoms[randomIndex]
                    let line = "\\set \(name) random(\(random.range.lowerBound), \(random.range.upperBound))"
                    if !setLines.contains(line) { setLines.append(line) }
                    replacements.append(":" + name)
                } else {
                    let name = "s\(statementIndex + 1)p\(parameterIndex + 1)"
                    defines.append("\(name)=\(value)")
                    replacements.append(":" + name)
                }
            }
            body += Self.replacingPlaceholders(in: statement.sql, with: replacements) + ";\n"
        }
        text = setLines.map { $0 + "\n" }.joined() + body
    }

    /// The SQL with each `$n` outside quotes replaced by `replacements[n - 1]`.
    static func replacingPlaceholders(in sql: String, with replacements: [String]) -> String {
        let bytes = Array(sql.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var quote: UInt8?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                output.append(byte)
                if byte == open { quote = nil }   // a doubled quote closes and reopens: same output
                index += 1
                continue
            }
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
                output.append(byte)
                index += 1
                continue
            }
            if byte == UInt8(ascii: "$"), index + 1 < bytes.count, isDigit(bytes[index + 1]),
               index == 0 || !isNameByte(bytes[index - 1]) {
                var end = index + 1
                var number = 0
                while end < bytes.count, isDigit(bytes[end]) {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                precondition(number >= 1 && number <= replacements.count, "$\(number) without a parameter")
                output.append(contentsOf: replacements[number - 1].utf8)
                index = end
                continue
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The first `:name` in the SQL, where pgbench's own scan (it ignores quotes) would find a
    /// variable: a colon not in a run of colons (`::type` is a cast) followed by a name byte.
    static func colonName(in sql: String) -> String? {
        let bytes = Array(sql.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: ":") else {
                index += 1
                continue
            }
            if index + 1 < bytes.count, isNameByte(bytes[index + 1]) {
                let end = min(bytes.count, index + 20)
                return String(decoding: bytes[index..<end], as: UTF8.self)
            }
            while index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Letters, digits, `_` and any byte of a multi-byte UTF-8 character: pgbench's variable
    /// name bytes, and what may precede a `$` inside an identifier.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F || byte >= 0x80
    }
}
