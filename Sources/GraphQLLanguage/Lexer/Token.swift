/// The kinds of lexical token (spec §2.1), with the spellings graphql-js uses in error messages.
enum TokenKind: UInt8, Sendable {
    case startOfFile
    case endOfFile
    case bang
    case dollar
    case ampersand
    case parenLeft
    case parenRight
    case spread
    case colon
    case equals
    case at
    case bracketLeft
    case bracketRight
    case braceLeft
    case pipe
    case braceRight
    case name
    case int
    case float
    case string
    case blockString

    /// The kind as graphql-js's `getTokenKindDesc` names it: punctuators quoted, others bare.
    var description: String {
        switch self {
        case .startOfFile: "<SOF>"
        case .endOfFile: "<EOF>"
        case .bang: "\"!\""
        case .dollar: "\"$\""
        case .ampersand: "\"&\""
        case .parenLeft: "\"(\""
        case .parenRight: "\")\""
        case .spread: "\"...\""
        case .colon: "\":\""
        case .equals: "\"=\""
        case .at: "\"@\""
        case .bracketLeft: "\"[\""
        case .bracketRight: "\"]\""
        case .braceLeft: "\"{\""
        case .pipe: "\"|\""
        case .braceRight: "\"}\""
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        }
    }

    /// Whether tokens of this kind carry a value that messages quote (`Name "foo"`).
    var hasValue: Bool {
        switch self {
        case .name, .int, .float, .string, .blockString: true
        default: false
        }
    }
}

/// One lexical token: its kind and where it stands in the source.
///
/// A token holds no text: names, numbers and strings are read from the source bytes only when the
/// parser needs them, so lexing allocates nothing.
struct Token: Sendable {
    var kind: TokenKind
    // Tokens are copied at every step of the parse: kept in 32 bits each they fit in 20 bytes.
    // `Parser` refuses sources too large for that.
    private var storedStart: UInt32
    private var storedEnd: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32

    init(kind: TokenKind, start: Int, end: Int, line: Int, column: Int) {
        self.kind = kind
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
        storedLine = UInt32(truncatingIfNeeded: line)
        storedColumn = UInt32(truncatingIfNeeded: column)
    }

    /// Byte offset of the token's first byte.
    var start: Int { Int(storedStart) }
    /// Byte offset one past the token's last byte.
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
    }
    /// 1-based line of the token's start.
    var line: Int { Int(storedLine) }
    /// 1-based column of the token's start, in UTF-16 code units as graphql-js counts.
    var column: Int { Int(storedColumn) }
}
