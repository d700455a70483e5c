/// Splits GraphQL source text into tokens (spec §2.1), working on UTF-8 bytes.
///
/// The lexer never builds a `String` per character: it moves an offset over an
/// `UnsafeBufferPointer<UInt8>` that `Parser` borrows from the source for the duration of a parse.
/// Ignored tokens (whitespace, line terminators, commas, comments, the byte order mark) are skipped
/// as they are met. Names and numbers are read back from the bytes on demand; string values are
/// decoded as the token is read, because their escapes must be checked then.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    /// ``ByteClass/table``, held here so the hot loops read it without a global's lazy check.
    private let classes = ByteClass.table
    /// Where the next token's search begins.
    var position = 0
    private(set) var line = 1
    /// Byte offset where the current line begins.
    private(set) var lineStart = 0
    /// Bytes of the current line before `position` beyond the UTF-16 units they encode, so that
    /// columns count UTF-16 code units like graphql-js.
    private(set) var lineShortfall = 0
    /// The decoded value of the most recent string or block string token.
    var stringValue = ""

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte at `index`, or -1 past the end (graphql-js's `NaN` from `charCodeAt`).
    @inline(__always)
    func code(at index: Int) -> Int {
        index < bytes.count ? Int(bytes[index]) : -1
    }

    /// The source text of a token, for names and numbers.
    ///
    /// Names and numbers are ASCII, which lets short ones (nearly all) become small strings
    /// without the UTF-8 validation `String(decoding:as:)` performs.
    static func text(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let length = token.end - token.start
        return String(unsafeUninitializedCapacity: length) { buffer in
            _ = buffer.initialize(from: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
            return length
        }
    }

    /// Whether a name token spells `keyword`, compared byte for byte without building a string.
    static func token(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>, is keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        let spelling = keyword.utf8Start
        for index in 0..<keyword.utf8CodeUnitCount where bytes[token.start + index] != spelling[index] {
            return false
        }
        return true
    }

    /// A token of `kind` from `start` to `end`, positioned on the current line.
    @inline(__always)
    func makeToken(_ kind: TokenKind, from start: Int, to end: Int) -> Token {
        Token(kind: kind, start: start, end: end, line: line, column: 1 + start - lineStart - lineShortfall)
    }

    @inline(__always)
    mutating func beginLine(at offset: Int) {
        line += 1
        lineStart = offset
        lineShortfall = 0
    }

    /// Counts a non-ASCII byte of the current line towards the UTF-16 column correction.
    @inline(__always)
    mutating func noteNonASCII(_ byte: UInt8) {
        lineShortfall += SourceText.utf16Shortfall(of: byte)
    }

    /// Reads the next significant token; at the end of the source, an `<EOF>` token.
    mutating func next() throws(SyntaxError) -> Token {
        let count = bytes.count
        var index = position
        while index < count {
            let byte = bytes[index]
            // Indentation and names are most of a document's bytes: test for them first.
            let byteClass = classes[Int(byte)]
            if byteClass == ByteClass.ignored { // space, comma, tab (§2.1.3, §2.1.5)
                index += 1
                continue
            }
            if byteClass == ByteClass.nameStart { return readName(from: index) }
            let start = index
            switch byte {
            case 0x0A:
                index += 1
                beginLine(at: index)
                continue
            case 0x0D:
                index += code(at: start + 1) == 0x0A ? 2 : 1
                beginLine(at: index)
                continue
            case 0xEF where code(at: start + 1) == 0xBB && code(at: start + 2) == 0xBF: // U+FEFF (§2.1.1)
                index += 3
                lineShortfall += 2
                continue
            case 0x23: // # comment, up to the end of the line (§2.1.4)
                index = skipComment(from: start)
                continue
            case 0x21: return punctuator(.bang, at: start)
            case 0x24: return punctuator(.dollar, at: start)
            case 0x26: return punctuator(.ampersand, at: start)
            case 0x28: return punctuator(.parenLeft, at: start)
            case 0x29: return punctuator(.parenRight, at: start)
            case 0x3A: return punctuator(.colon, at: start)
            case 0x3D: return punctuator(.equals, at: start)
            case 0x40: return punctuator(.at, at: start)
            case 0x5B: return punctuator(.bracketLeft, at: start)
            case 0x5D: return punctuator(.bracketRight, at: start)
            case 0x7B: return punctuator(.braceLeft, at: start)
            case 0x7C: return punctuator(.pipe, at: start)
            case 0x7D: return punctuator(.braceRight, at: start)
            case 0x2E where code(at: start + 1) == 0x2E && code(at: start + 2) == 0x2E:
                position = start + 3
                return makeToken(.spread, from: start, to: position)
            case 0x22:
                if code(at: start + 1) == 0x22 && code(at: start + 2) == 0x22 {
                    return try readBlockString(from: start)
                }
                return try readString(from: start)
            case 0x2D, 0x30...0x39:
                return try readNumber(from: start)
            default:
                throw unexpectedCharacter(at: start)
            }
        }
        position = count
        return makeToken(.endOfFile, from: count, to: count)
    }

    @inline(__always)
    private mutating func punctuator(_ kind: TokenKind, at start: Int) -> Token {
        position = start + 1
        return makeToken(kind, from: start, to: position)
    }

    /// The offset of the line terminator (or end) that ends the comment starting at `start`.
    private mutating func skipComment(from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { break }
            if byte >= 0x80 { noteNonASCII(byte) }
            index += 1
        }
        return index
    }

    /// `Name :: NameStart NameContinue*` (spec §2.1.9).
    private mutating func readName(from start: Int) -> Token {
        var end = start + 1
        let count = bytes.count
        while end < count, classes[Int(bytes[end])] >= ByteClass.nameStart { end += 1 }
        position = end
        return makeToken(.name, from: start, to: end)
    }

    /// The error for a character that starts no token, worded like graphql-js.
    private func unexpectedCharacter(at offset: Int) -> SyntaxError {
        if bytes[offset] == 0x27 { return SyntaxError(.unexpectedSingleQuote, at: offset) }
        return SyntaxError(.unexpectedCharacter(SourceText.describeCharacter(at: offset, in: bytes)), at: offset)
    }

    /// What each byte can be in the places the lexer looks at most: one table load instead of
    /// several comparisons.
    enum ByteClass {
        static let other: UInt8 = 0
        /// Space, comma and tab: insignificant between tokens (§2.1.3, §2.1.5).
        static let ignored: UInt8 = 1
        /// A letter or `_` (§2.1.9 `NameStart`).
        static let nameStart: UInt8 = 2
        /// A digit: continues a name (`NameContinue` is `nameStart` or `digit`).
        static let digit: UInt8 = 3

        /// The class of each byte value, made once and never freed. Never written after it is
        /// made (which `static let` does once, thread-safely), so sharing it is safe.
        nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            table.initialize(repeating: other, count: 256)
            for byte in [0x20, 0x2C, 0x09] { table[byte] = ignored }
            for byte in 0x41...0x5A { table[byte] = nameStart }
            for byte in 0x61...0x7A { table[byte] = nameStart }
            table[0x5F] = nameStart
            for byte in 0x30...0x39 { table[byte] = digit }
            return UnsafePointer(table)
        }()
    }

    /// `NameStart`: a letter or `_`, as bits of bytes 64–127.
    private static let nameStartBits: UInt64 = 0x07FF_FFFE_87FF_FFFE
    /// Digits, as bits of bytes 0–63.
    private static let digitBits: UInt64 = 0x03FF_0000_0000_0000

    @inline(__always)
    static func isNameStart(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x40 && (nameStartBits >> (byte & 0x3F)) & 1 != 0
    }

    @inline(__always)
    static func isNameContinue(_ byte: UInt8) -> Bool {
        let bits = byte & 0xC0 == 0x40 ? nameStartBits : byte & 0xC0 == 0 ? digitBits : 0
        return (bits >> (byte & 0x3F)) & 1 != 0
    }

    @inline(__always)
    static func isDigit(_ code: Int) -> Bool {
        code >= 0x30 && code <= 0x39
    }
}
