/// Helpers that read positions and characters of a UTF-8 source the way graphql-js reports them.
///
/// graphql-js works on UTF-16 strings: columns count UTF-16 code units and lines end at `\r\n`,
/// `\n` or `\r` (spec §2.1.2). These helpers translate byte offsets into those terms.
enum SourceText {
    /// The 1-based line and UTF-16 column of the byte at `offset`.
    static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                line += 1
                column = 1
            } else {
                column += utf16Units(startingWith: byte)
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// How many UTF-16 code units a UTF-8 byte contributes: 1 for a scalar's first byte (2 for a
    /// 4-byte scalar, which needs a surrogate pair), 0 for continuation bytes.
    @inline(__always)
    static func utf16Units(startingWith byte: UInt8) -> Int {
        if byte < 0x80 { return 1 }
        if byte < 0xC0 { return 0 }
        return byte >= 0xF0 ? 2 : 1
    }

    /// How much a non-ASCII byte adds to "bytes minus UTF-16 units" on its line.
    @inline(__always)
    static func utf16Shortfall(of byte: UInt8) -> Int {
        1 - utf16Units(startingWith: byte)
    }

    /// The Unicode scalar starting at `offset` and its length in bytes, or nil at the end.
    ///
    /// The source comes from a Swift `String`, so it is valid UTF-8; a stray byte decodes as
    /// U+FFFD rather than trapping, in case bytes ever arrive from elsewhere.
    static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, length: Int)? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var decoder = Unicode.UTF8.ForwardParser()
        var iterator = bytes[offset..<min(offset + length, bytes.count)].makeIterator()
        switch decoder.parseScalar(from: &iterator) {
        case .valid(let encoded): return (Unicode.UTF8.decode(encoded), length)
        case .emptyInput, .error: return ("\u{FFFD}", 1)
        }
    }

    /// The character at `offset` as graphql-js's `printCodePointAt` shows it: `"a"`, `'"'`,
    /// `U+00E9`, or `<EOF>`.
    static func describeCharacter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let (scalar, _) = scalar(at: offset, in: bytes) else { return "<EOF>" }
        if scalar.value >= 0x20 && scalar.value <= 0x7E {
            return scalar == "\"" ? "'\"'" : "\"\(Character(scalar))\""
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The text of `units` UTF-16 code units starting at byte `offset`, cut short at the end of the
    /// source, as graphql-js's `body.slice(position, position + size)` quotes it in messages.
    static func prefix(utf16Units units: Int, from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result = ""
        var index = offset
        var remaining = units
        while remaining > 0, let (scalar, length) = scalar(at: index, in: bytes) {
            let width = scalar.value > 0xFFFF ? 2 : 1
            if width > remaining { break }
            result.unicodeScalars.append(scalar)
            remaining -= width
            index += length
        }
        return result
    }
}
