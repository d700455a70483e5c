@testable import GraphQLLanguage
import Testing

/// The lexer (spec §2.1) splits source into tokens with graphql-js's positions.
@Suite struct LexerTests {
    /// The significant tokens of `source` as (kind, text, line, column).
    static func tokens(_ source: String) throws -> [(TokenKind, String, Int, Int)] {
        var bytes = Array(source.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(SyntaxError) in
            var lexer = Lexer(bytes: UnsafeBufferPointer(buffer))
            var result: [(TokenKind, String, Int, Int)] = []
            while true {
                let token = try lexer.next()
                if token.kind == .endOfFile { return result }
                let text = token.kind == .string || token.kind == .blockString
                    ? lexer.stringValue : Lexer.text(of: token, in: lexer.bytes)
                result.append((token.kind, text, token.line, token.column))
            }
        }
    }

    @Test func readsEveryPunctuator() throws {
        let kinds = try Self.tokens("! $ & ( ) ... : = @ [ ] { | }").map(\.0)
        #expect(kinds == [.bang, .dollar, .ampersand, .parenLeft, .parenRight, .spread, .colon, .equals, .at,
                          .bracketLeft, .bracketRight, .braceLeft, .pipe, .braceRight])
    }

    @Test func readsNamesAndNumbers() throws {
        let tokens = try Self.tokens("_name9 Name 0 -0 12 -3 0.5 1e10 -1.5E-3 2e+2")
        #expect(tokens.map(\.0) == [.name, .name, .int, .int, .int, .int, .float, .float, .float, .float])
        #expect(tokens.map(\.1) == ["_name9", "Name", "0", "-0", "12", "-3", "0.5", "1e10", "-1.5E-3", "2e+2"])
    }

    @Test func readsStringsWithEveryEscape() throws {
        let tokens = try Self.tokens(#""a\"b\\c\/d\be\ff\ng\rh\ti\u0041\u{1F600}\u{0}\uD83D\uDE00" "中文""#)
        #expect(tokens.map(\.1) == ["a\"b\\c/d\u{08}e\u{0C}f\ng\rh\ti" + "A😀\u{0}😀", "中文"])
    }

    @Test func keepsControlCharactersInsideStrings() throws {
        // graphql-js 16 accepts any Unicode scalar value in a string but line terminators.
        let tokens = try Self.tokens("\"\u{07}\u{00}\t\"")
        #expect(tokens.map(\.1) == ["\u{07}\u{00}\t"])
    }

    @Test func skipsIgnoredTokens() throws {
        let tokens = try Self.tokens("\u{FEFF}a,b\t# comment ,{ \n\u{FEFF}c")
        #expect(tokens.map(\.1) == ["a", "b", "c"])
        #expect(tokens.map(\.2) == [1, 1, 2])
        #expect(tokens.map(\.3) == [2, 4, 2])
    }

    @Test func countsEveryLineTerminatorKind() throws {
        let tokens = try Self.tokens("a\nb\r\nc\rd\n\re")
        #expect(tokens.map(\.2) == [1, 2, 3, 4, 6])
        #expect(tokens.map(\.3) == [1, 1, 1, 1, 1])
    }

    @Test func countsColumnsInUTF16AfterNonASCIIText() throws {
        let tokens = try Self.tokens("\"é中😀\" a # 注释\n  b")
        #expect(tokens.map(\.3) == [1, 8, 3])
    }

    @Test func readsBlockStringAcrossLines() throws {
        let tokens = try Self.tokens("\"\"\"\n  line one\n    line two\n  \"\"\" after")
        #expect(tokens.map(\.0) == [.blockString, .name])
        #expect(tokens.map(\.1) == ["line one\n  line two", "after"])
        #expect(tokens[1].2 == 4)
        #expect(tokens[1].3 == 7)
    }
}
