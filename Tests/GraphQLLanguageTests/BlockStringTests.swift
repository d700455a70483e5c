@testable import GraphQLLanguage
import Testing

/// Block strings (spec §2.9.4): `BlockStringValue()` indentation removal, and printing them back
/// the way graphql-js's `printBlockString` does. Expected values recorded from graphql-core 3.2.
@Suite struct BlockStringTests {
    static let dedentCases: [(raw: String, value: String)] = [
        ("", ""),
        ("   ", ""),
        ("\n\n", ""),
        ("single", "single"),
        ("  leading space", "  leading space"),
        ("\n  Hello,\n    World!\n\n  Yours,\n    GraphQL.\n", "Hello,\n  World!\n\nYours,\n  GraphQL."),
        ("\n\n  first\n\n  second\n\n", "first\n\nsecond"),
        ("No indent\n  on first line\n  is removed", "No indent\non first line\nis removed"),
        ("\tTabbed\n\t\tline\n\tback", "\tTabbed\n\tline\nback"),
        ("  \n  a\n   b\n  ", "a\n b"),
        ("x\r\n  y\r  z", "x\ny\nz"),
        (#"escaped \""" quote"#, #"escaped """ quote"#),
        (#"\""""#, #"""""#),
        ("  \t  \n\t  content\n  ", "content"),
        ("中文\n  第二行", "中文\n第二行"),
    ]

    @Test(arguments: dedentCases)
    func removesCommonIndentationAndBlankEdges(raw: String, value: String) throws {
        let parsed = try Parser.parseValue("\"\"\"" + raw + "\"\"\"")
        #expect(parsed.kind == .string(value, isBlock: true))
    }

    static let printCases: [(value: String, printed: String)] = [
        ("", #""""""""#),
        ("single line", #""""single line""""#),
        (" leading space", #"""" leading space""""#),
        ("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\""),
        ("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\""),
        (#"has """ triple"#, #""""has \""" triple""""#),
        (#"ends with """"#, "\"\"\"\nends with \\\"\"\"\n\"\"\""),
        ("multi\nline", "\"\"\"\nmulti\nline\n\"\"\""),
        ("multi\n  indented", "\"\"\"\nmulti\n  indented\n\"\"\""),
        ("\n  starts with newline", "\"\"\"\n\n  starts with newline\n\"\"\""),
        (String(repeating: "a", count: 71), "\"\"\"\n" + String(repeating: "a", count: 71) + "\n\"\"\""),
        (String(repeating: "a", count: 70), "\"\"\"" + String(repeating: "a", count: 70) + "\"\"\""),
        ("first\n\nthird", "\"\"\"\nfirst\n\nthird\n\"\"\""),
        ("tab\tinside", "\"\"\"tab\tinside\"\"\""),
        ("x\r\ny", "\"\"\"\nx\r\ny\n\"\"\""),
    ]

    @Test(arguments: printCases)
    func printsLikeGraphQLJS(value: String, printed: String) {
        #expect(BlockString.print(value) == printed)
    }

    /// Every value a block string can hold (no blank first or last line) survives printing.
    @Test(arguments: dedentCases.map(\.value))
    func printedValueParsesBack(_ value: String) throws {
        let parsed = try Parser.parseValue(BlockString.print(value))
        #expect(parsed.kind == .string(value, isBlock: true))
    }

    @Test func tracksLinesInsideBlockStrings() throws {
        let document = try Parser.parse("{ a(x: \"\"\"one\r\ntwo\rthree\n\"\"\") b }")
        guard case .field(let b) = document.operations.first?.selectionSet.selections.last else {
            Issue.record("expected field b")
            return
        }
        #expect(b.location.sourceLocation == At(line: 4, column: 6))
    }
}
