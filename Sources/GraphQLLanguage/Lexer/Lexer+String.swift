extension Lexer {
    /// `"…"` (spec §2.9.4 `StringValue`): escapes are checked and decoded as the token is read.
    ///
    /// A string may not span lines. Strings without escapes, the common case, become a `String`
    /// straight from their bytes.
    mutating func readString(from start: Int) throws(SyntaxError) -> Token {
        var token = makeToken(.string, from: start, to: start)
        var index = start + 1
        var chunkStart = index
        var decoded: [UInt8] = []
        var hasEscapes = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22: // closing quote
                if hasEscapes {
                    decoded.append(contentsOf: bytes[chunkStart..<index])
                    stringValue = String(decoding: decoded, as: UTF8.self)
                } else {
                    stringValue = String(decoding: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]), as: UTF8.self)
                }
                position = index + 1
                token.end = position
                return token
            case 0x5C: // backslash
                if !hasEscapes {
                    hasEscapes = true
                    decoded.reserveCapacity(index - start + 16)
                }
                decoded.append(contentsOf: bytes[chunkStart..<index])
                let (scalar, size) = try readEscape(at: index)
                decoded.append(contentsOf: UTF8.encode(scalar)!)
                index += size
                chunkStart = index
            case 0x0A, 0x0D:
                throw SyntaxError(.unterminatedString, at: index)
            default:
                if byte >= 0x80 { noteNonASCII(byte) }
                index += 1
            }
        }
        throw SyntaxError(.unterminatedString, at: index)
    }

    /// One escape sequence at `offset` (the backslash): its scalar and its length in bytes.
    private func readEscape(at offset: Int) throws(SyntaxError) -> (Unicode.Scalar, size: Int) {
        switch code(at: offset + 1) {
        case 0x75 where code(at: offset + 2) == 0x7B: return try readVariableWidthEscape(at: offset)
        case 0x75: return try readFixedWidthEscape(at: offset)
        case 0x22: return ("\"", 2)
        case 0x5C: return ("\\", 2)
        case 0x2F: return ("/", 2)
        case 0x62: return ("\u{08}", 2)
        case 0x66: return ("\u{0C}", 2)
        case 0x6E: return ("\n", 2)
        case 0x72: return ("\r", 2)
        case 0x74: return ("\t", 2)
        default:
            let sequence = SourceText.prefix(utf16Units: 2, from: offset, in: bytes)
            throw SyntaxError(.invalidCharacterEscape(sequence), at: offset)
        }
    }

    /// `\u{…}`: one to eight hex digits naming a Unicode scalar value (spec §2.9.4,
    /// `EscapedUnicode`). Arithmetic is in 32 bits so that overlong escapes fail where graphql-js's
    /// fail, and its message quotes the same text.
    private func readVariableWidthEscape(at offset: Int) throws(SyntaxError) -> (Unicode.Scalar, size: Int) {
        var point: Int32 = 0
        var size = 3
        while size < 12 {
            let next = code(at: offset + size)
            size += 1
            if next == 0x7D { // }
                if size < 5 { break }
                guard let scalar = Self.unicodeScalar(Int(point)) else { break }
                return (scalar, size)
            }
            point = (point &<< 4) | Int32(Self.hexValue(next))
            if point < 0 { break }
        }
        let sequence = SourceText.prefix(utf16Units: size, from: offset, in: bytes)
        throw SyntaxError(.invalidUnicodeEscape(sequence), at: offset)
    }

    /// `\uXXXX`, where a leading surrogate may pair with a following `\uXXXX` trailing surrogate as
    /// JSON allows.
    private func readFixedWidthEscape(at offset: Int) throws(SyntaxError) -> (Unicode.Scalar, size: Int) {
        let value = hex16(at: offset + 2)
        if let scalar = Self.unicodeScalar(value) { return (scalar, 6) }
        if (0xD800...0xDBFF).contains(value), code(at: offset + 6) == 0x5C, code(at: offset + 7) == 0x75 {
            let trailing = hex16(at: offset + 8)
            if (0xDC00...0xDFFF).contains(trailing),
               let scalar = Unicode.Scalar(UInt32(0x10000 + ((value - 0xD800) << 10) + (trailing - 0xDC00)))
            {
                return (scalar, 12)
            }
        }
        let sequence = SourceText.prefix(utf16Units: 6, from: offset, in: bytes)
        throw SyntaxError(.invalidUnicodeEscape(sequence), at: offset)
    }

    /// Four hex digits at `offset` as a number, or a negative number if any is not a hex digit.
    private func hex16(at offset: Int) -> Int {
        var value = 0
        for index in offset..<offset + 4 {
            let digit = Self.hexValue(code(at: index))
            if digit < 0 { return -1 }
            value = value << 4 | digit
        }
        return value
    }

    /// The value of a hex digit, or -1.
    private static func hexValue(_ code: Int) -> Int {
        switch code {
        case 0x30...0x39: code - 0x30
        case 0x41...0x46: code - 0x41 + 10
        case 0x61...0x66: code - 0x61 + 10
        default: -1
        }
    }

    /// The scalar with this value, if it is a Unicode scalar value (not a surrogate, at most
    /// U+10FFFF).
    private static func unicodeScalar(_ value: Int) -> Unicode.Scalar? {
        guard value >= 0, value <= 0x10FFFF else { return nil }
        return Unicode.Scalar(UInt32(value))
    }

    /// `"""…"""` (spec §2.9.4 `BlockString`): raw text where only `\"""` is an escape, its value
    /// the lines with common indentation and blank first and last lines removed.
    mutating func readBlockString(from start: Int) throws(SyntaxError) -> Token {
        var token = makeToken(.blockString, from: start, to: start)
        var index = start + 3
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22 where code(at: index + 1) == 0x22 && code(at: index + 2) == 0x22:
                stringValue = BlockString.value(ofRaw: UnsafeBufferPointer(rebasing: bytes[start + 3..<index]))
                position = index + 3
                token.end = position
                return token
            case 0x5C where code(at: index + 1) == 0x22 && code(at: index + 2) == 0x22 && code(at: index + 3) == 0x22:
                index += 4
            case 0x0A:
                index += 1
                beginLine(at: index)
            case 0x0D:
                index += code(at: index + 1) == 0x0A ? 2 : 1
                beginLine(at: index)
            default:
                if byte >= 0x80 { noteNonASCII(byte) }
                index += 1
            }
        }
        throw SyntaxError(.unterminatedString, at: index)
    }
}
