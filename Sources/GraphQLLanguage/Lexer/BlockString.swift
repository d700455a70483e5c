/// Block string values (spec §2.9.4 `BlockStringValue()`) and their printed form.
enum BlockString {
    /// The value of a block string from the raw bytes between its quotes.
    ///
    /// Implements `BlockStringValue(rawValue)`: split into lines at `\r\n`, `\n` or `\r`; remove
    /// the common indentation (spaces and tabs) of every line but the first, counted over lines that
    /// are not blank; drop blank lines at the start and end; join with `\n`. `\"""` becomes `"""`.
    /// Indentation is ASCII, so counting it in bytes counts it in characters too.
    static func value(ofRaw raw: UnsafeBufferPointer<UInt8>) -> String {
        var lines: [Range<Int>] = []
        var lineStart = 0
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(lineStart..<index)
                index += byte == 0x0D && index + 1 < raw.count && raw[index + 1] == 0x0A ? 2 : 1
                lineStart = index
            } else {
                index += 1
            }
        }
        lines.append(lineStart..<raw.count)

        var commonIndent = Int.max
        var firstNonBlank: Int?
        var lastNonBlank = -1
        for (number, line) in lines.enumerated() {
            var indent = 0
            while indent < line.count, raw[line.lowerBound + indent] == 0x20 || raw[line.lowerBound + indent] == 0x09 {
                indent += 1
            }
            if indent == line.count { continue }
            if firstNonBlank == nil { firstNonBlank = number }
            lastNonBlank = number
            if number != 0, indent < commonIndent { commonIndent = indent }
        }
        guard let first = firstNonBlank else { return "" }

        var value: [UInt8] = []
        value.reserveCapacity(raw.count)
        for number in first...lastNonBlank {
            if number != first { value.append(0x0A) }
            var line = lines[number]
            if number != 0 { line = min(line.lowerBound + commonIndent, line.upperBound)..<line.upperBound }
            appendUnescaped(raw[line], to: &value)
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// Appends `bytes`, turning each `\"""` into `"""`.
    private static func appendUnescaped(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to value: inout [UInt8]) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x5C, index + 3 < bytes.endIndex, bytes[index + 1] == 0x22,
               bytes[index + 2] == 0x22, bytes[index + 3] == 0x22
            {
                index += 1
                continue
            }
            value.append(bytes[index])
            index += 1
        }
    }

    /// `value` printed as a block string the way graphql-js's `printBlockString` does.
    ///
    /// The printed form parses back to `value`: leading and trailing line breaks are added when
    /// the value would otherwise lose its first line's indentation or end in a quote or backslash.
    static func print(_ value: String) -> String {
        let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
        let lines = escaped.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        let isSingleLine = lines.count == 1
        let forceLeadingNewLine = lines.count > 1
            && lines.dropFirst().allSatisfy { $0.isEmpty || $0.utf8.first == 0x20 || $0.utf8.first == 0x09 }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
        let hasTrailingSlash = value.hasSuffix("\\")
        let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || value.utf16.count > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes
        let skipLeadingNewLine = isSingleLine && (value.utf8.first == 0x20 || value.utf8.first == 0x09)

        var result = "\"\"\""
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
        result += escaped
        if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
        result += "\"\"\""
        return result
    }
}
