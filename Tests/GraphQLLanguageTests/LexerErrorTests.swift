import GraphQLLanguage
import Testing

/// Lexical errors (spec §2.1) report graphql-js's message at graphql-js's line and column.
///
/// The table comes from `scripts/graphql-js-expectations.py scripts/graphql-js-cases/lexer-errors.txt`
/// (graphql-core 3.2, the Python port of graphql-js 16, with its quoting turned back into
/// graphql-js's).
@Suite struct LexerErrorTests {
    static let cases: [(source: String, message: String, line: Int, column: Int)] = [
        ("\u{0007}", "Syntax Error: Unexpected character: U+0007.", 1, 1),
        ("\u{0000}", "Syntax Error: Unexpected character: U+0000.", 1, 1),
        ("\u{001f}", "Syntax Error: Unexpected character: U+001F.", 1, 1),
        ("?", "Syntax Error: Unexpected character: \"?\".", 1, 1),
        ("~", "Syntax Error: Unexpected character: \"~\".", 1, 1),
        (".5", "Syntax Error: Unexpected character: \".\".", 1, 1),
        ("..", "Syntax Error: Unexpected character: \".\".", 1, 1),
        (".", "Syntax Error: Unexpected character: \".\".", 1, 1),
        ("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3),
        ("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3),
        ("1E", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3),
        ("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4),
        ("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2),
        ("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2),
        ("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2),
        ("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 3),
        ("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2),
        ("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2),
        ("- 1", "Syntax Error: Invalid number, expected digit but got: \" \".", 1, 2),
        ("-a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2),
        ("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3),
        ("1.5e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5),
        ("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4),
        ("1e-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4),
        ("1.5E-x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 6),
        ("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2),
        ("1.5a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4),
        ("0.x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 3),
        ("12345678901234567890x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 21),
        ("1.0.", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4),
        ("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2),
        ("\"\\\"", "Syntax Error: Unterminated string.", 1, 4),
        ("\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 2),
        ("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2),
        ("\"\\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2),
        ("\"\\u{DFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DFFF}\".", 1, 2),
        ("\"\\u{0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{0041\"\".", 1, 2),
        ("\"\\u{00000000041}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 2),
        ("\"\\u{G}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{G\".", 1, 2),
        ("\"\\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 2),
        ("\"\\uD800\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 2),
        ("\"\\uDBFF\\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDBFF\".", 1, 2),
        ("\"\\uDC00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".", 1, 2),
        ("\"\\uXYZW\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 2),
        ("\"\\u00G0\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u00G0\".", 1, 2),
        // "\"\\u\"": graphql-core raised IndexError
        ("\"abc", "Syntax Error: Unterminated string.", 1, 5),
        ("\"", "Syntax Error: Unterminated string.", 1, 2),
        ("\"abc\nd\"", "Syntax Error: Unterminated string.", 1, 5),
        ("\"abc\rd\"", "Syntax Error: Unterminated string.", 1, 5),
        ("\"\"\"", "Syntax Error: Unterminated string.", 1, 4),
        ("\"\"\"abc", "Syntax Error: Unterminated string.", 1, 7),
        ("\"\"\"abc\"\"", "Syntax Error: Unterminated string.", 1, 9),
        ("\"\"\"\n\n", "Syntax Error: Unterminated string.", 3, 1),
        ("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1),
        ("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1),
        ("é", "Syntax Error: Unexpected character: U+00E9.", 1, 1),
        ("é", "Syntax Error: Unexpected character: U+00E9.", 1, 1),
        ("中", "Syntax Error: Unexpected character: U+4E2D.", 1, 1),
        ("\u{2028}", "Syntax Error: Unexpected character: U+2028.", 1, 1),
        ("\u{00A0}", "Syntax Error: Unexpected character: U+00A0.", 1, 1),
        ("{ a(x: \"ok\") ? }", "Syntax Error: Unexpected character: \"?\".", 1, 14),
        ("\u{FEFF} ?", "Syntax Error: Unexpected character: \"?\".", 1, 3),
        ("\r\n\r\n  ?", "Syntax Error: Unexpected character: \"?\".", 3, 3),
        ("\r\r ?", "Syntax Error: Unexpected character: \"?\".", 3, 2),
        ("\n\r?", "Syntax Error: Unexpected character: \"?\".", 3, 1),
        ("# comment\n  ?", "Syntax Error: Unexpected character: \"?\".", 2, 3),
        ("{ a(x: \"\"\"a\"\"\" ) ?}", "Syntax Error: Unexpected character: \"?\".", 1, 18),
        ("{ a(x: \"\"\"a\nb\"\"\" ) ?}", "Syntax Error: Unexpected character: \"?\".", 2, 8),
        ("{ a(x: \"中文\") ? }", "Syntax Error: Unexpected character: \"?\".", 1, 14),
        ("\"中\" \"\\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 6),
        ("\"\"\"中\n文\"\"\" ?", "Syntax Error: Unexpected character: \"?\".", 2, 6),
        ("1.2.3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4),
        ("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11),
        ("{ a(x: 0xF) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9),
        ("{ a(x: 1.5e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 13),
        ("{ f(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9),
        ("{ f(x: --1) }", "Syntax Error: Invalid number, expected digit but got: \"-\".", 1, 9),
        ("\"\\u{1F600}\" ?", "Syntax Error: Unexpected character: \"?\".", 1, 13),
        // graphql-js computes \u{…} escapes in 32-bit integers (graphql-core does not), so an
        // eight-digit escape with its top bit set stops one character early.
        ("\"\\u{FFFFFFFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 2),
        ("\"\\u{80000000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{80000000\".", 1, 2),
        // graphql-core crashes on this one; graphql-js quotes what is left of the source.
        ("\"\\u\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u\"\".", 1, 2),
    ]

    @Test(arguments: cases)
    func reportsLexicalErrorLikeGraphQLJS(_ source: String, message: String, line: Int, column: Int) {
        let error = parseError(source)
        #expect(error?.message == message)
        #expect(error?.locations == [At(line: line, column: column)])
        #expect(error?.code == "GRAPHQL_PARSE_FAILED")
    }

    @Test func countsColumnsInUTF16CodeUnitsAfterAstralCharacters() {
        // 😀 is two UTF-16 code units, as graphql-js counts (graphql-core counts one code point).
        let error = parseError("\"😀\" ?")
        #expect(error?.message == "Syntax Error: Unexpected character: \"?\".")
        #expect(error?.locations == [At(line: 1, column: 6)])
    }

    @Test func reportsAstralCharacterAsOneCodePoint() {
        let error = parseError("{ a } 😀")
        #expect(error?.message == "Syntax Error: Unexpected character: U+1F600.")
        #expect(error?.locations == [At(line: 1, column: 7)])
    }
}
