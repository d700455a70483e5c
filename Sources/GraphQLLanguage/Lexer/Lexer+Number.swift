extension Lexer {
    /// `IntValue` and `FloatValue` (spec §2.9.1, §2.9.2), with their lookahead restrictions.
    ///
    /// A number may not have a leading zero (`01`), and may not be followed by `.` or a name
    /// start (`1.2.3`, `0x1`, `1_000`); `1.` and `1e` lack digits. Each is an error at the
    /// offending character, worded like graphql-js's `readNumber`.
    mutating func readNumber(from start: Int) throws(SyntaxError) -> Token {
        var index = start
        var next = code(at: index)
        var isFloat = false
        if next == 0x2D { // -
            index += 1
            next = code(at: index)
        }
        if next == 0x30 { // 0
            index += 1
            next = code(at: index)
            if Self.isDigit(next) {
                throw SyntaxError(.unexpectedDigitAfterZero(describe(index)), at: index)
            }
        } else {
            index = try readDigits(from: index)
            next = code(at: index)
        }
        if next == 0x2E { // .
            isFloat = true
            index = try readDigits(from: index + 1)
            next = code(at: index)
        }
        if next == 0x45 || next == 0x65 { // E e
            isFloat = true
            index += 1
            next = code(at: index)
            if next == 0x2B || next == 0x2D { index += 1 } // + -
            index = try readDigits(from: index)
            next = code(at: index)
        }
        if next == 0x2E || (next >= 0 && Self.isNameStart(UInt8(next))) {
            throw SyntaxError(.expectedDigit(found: describe(index)), at: index)
        }
        position = index
        return makeToken(isFloat ? .float : .int, from: start, to: index)
    }

    /// One or more digits starting at `start`; the offset after the last.
    private func readDigits(from start: Int) throws(SyntaxError) -> Int {
        guard Self.isDigit(code(at: start)) else {
            throw SyntaxError(.expectedDigit(found: describe(start)), at: start)
        }
        var index = start + 1
        while Self.isDigit(code(at: index)) { index += 1 }
        return index
    }

    func describe(_ offset: Int) -> String {
        SourceText.describeCharacter(at: offset, in: bytes)
    }
}
