extension JSONReader {
    /// `number = [ minus ] int [ frac ] [ exp ]` (RFC 8259 §6), returned as its text.
    mutating func readNumber() throws(JSONParseError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw JSONParseError(.invalidNumber("a digit must follow \"-\""), at: index)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw JSONParseError(.invalidNumber("leading zeros are not allowed"), at: index)
            }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONParseError(.invalidNumber("a digit must follow \".\""), at: index)
            }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONParseError(.invalidNumber("the exponent needs digits"), at: index)
            }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    /// A string (RFC 8259 §7) starting at the opening quote.
    ///
    /// The common case, no escapes, becomes a `String` straight from the bytes after one scan
    /// and a UTF-8 validation.
    mutating func readString() throws(JSONParseError) -> String {
        let start = index + 1
        index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let string = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start)
                index += 1
                return string
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if byte < 0x20 { throw JSONParseError(.controlCharacterInString(byte), at: index) }
            index += 1
        }
        throw JSONParseError(.unexpectedEnd(expected: "\"\\\"\" to close the string"), at: index)
    }

    /// The rest of a string that has escapes, decoded into a buffer.
    private mutating func readEscapedString(from start: Int) throws(JSONParseError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(min(bytes.count - start, 4 * (index - start) + 64))
        decoded.append(contentsOf: bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let string = try decoded.withUnsafeBufferPointer { buffer throws(JSONParseError) in
                    try makeString(buffer, at: start)
                }
                index += 1
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"): decoded.append(contentsOf: UTF8.encode(try readUnicodeEscape())!)
                default: throw JSONParseError(.invalidEscape(escape), at: index - 2)
                }
            default:
                // Copy the run of plain bytes up to the next quote, backslash or control byte.
                let runStart = index
                while index < bytes.count {
                    let next = bytes[index]
                    if next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") || next < 0x20 { break }
                    index += 1
                }
                if index == runStart { throw JSONParseError(.controlCharacterInString(byte), at: index) }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
        }
        throw JSONParseError(.unexpectedEnd(expected: "\"\\\"\" to close the string"), at: index)
    }

    /// The scalar of `\uXXXX` (the index after `u`), pairing surrogates; a lone surrogate is U+FFFD.
    private mutating func readUnicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let unit = try readHex4()
        if (0xD800...0xDBFF).contains(unit), index + 1 < bytes.count,
           bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        {
            let saved = index
            index += 2
            let trailing = try readHex4()
            if (0xDC00...0xDFFF).contains(trailing) {
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (trailing - 0xDC00))!
            }
            index = saved
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONParseError(.invalidUnicodeEscape, at: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONParseError(.invalidUnicodeEscape, at: index)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A `String` from UTF-8 bytes, which must be valid.
    private func makeString(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONParseError) -> String {
        // ASCII is valid UTF-8 and `String(decoding:)` has a fast path for it, where
        // `String(validating:)` instantiates generic metadata on every call: most strings of a
        // request (keys, the query, IDs) are ASCII.
        if JSONReader.isASCII(utf8) { return String(decoding: utf8, as: UTF8.self) }
        guard let string = String(validating: utf8, as: UTF8.self) else {
            throw JSONParseError(.invalidUTF8, at: offset)
        }
        return string
    }

    /// Whether every byte is below 0x80, eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var high: UInt64 = 0
        var index = 0
        while index + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < raw.count {
            high |= UInt64(raw[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
