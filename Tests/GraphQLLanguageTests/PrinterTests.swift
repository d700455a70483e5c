import GraphQLLanguage
import Testing

/// `Printer` lays documents out as graphql-js's `print()` does (expectations from graphql-core 3.2).
@Suite struct PrinterTests {
    static func reprinted(_ source: String) throws -> String {
        Printer.print(try Parser.parse(source))
    }

    @Test func printsAnonymousQueryAsShorthand() throws {
        #expect(try Self.reprinted("query { a }") == "{\n  a\n}")
        #expect(try Self.reprinted("query ($v: Int) { a }") == "query ($v: Int) {\n  a\n}")
        #expect(try Self.reprinted("query @d { a }") == "query @d {\n  a\n}")
    }

    @Test func wrapsArgumentsPastEightyCharacters() throws {
        let source = #"{ field(arg1: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", arg2: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbb", arg3: 1) { x } }"#
        #expect(try Self.reprinted(source) == #"""
            {
              field(
                arg1: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                arg2: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
                arg3: 1
              ) {
                x
              }
            }
            """#)
    }

    /// graphql-js measures the line in UTF-16 code units (graphql-core in code points, so it
    /// keeps this 80-code-point line whole).
    @Test func measuresLineLengthInUTF16CodeUnits() throws {
        let argument = #"(a: "😀", b: "\#(String(repeating: "x", count: 64))")"#
        #expect(try Self.reprinted("{ f\(argument) }") == "{\n  f(\n    a: \"😀\"\n    b: \"\(String(repeating: "x", count: 64))\"\n  )\n}")
        let shorter = #"(a: "é", b: "\#(String(repeating: "x", count: 64))")"#
        #expect(try Self.reprinted("{ f\(shorter) }") == "{\n  f\(shorter)\n}")
    }

    @Test func escapesStringsLikeGraphQLJS() throws {
        let value = Value(.string("a\u{00}\u{08}\t\n\u{0B}\u{0C}\r\u{1F}\"\\\u{7F}\u{80}\u{9F}\u{A0}中😀", isBlock: false))
        #expect(Printer.print(value) == #""a\u0000\b\t\n\u000B\f\r\u001F\"\\\u007F\u0080\u009F"# + "\u{A0}中😀\"")
    }

    @Test func printsValuesAndTypes() throws {
        let value = try Parser.parseValue(#"{a: [1, 2.5, ENUM, null, true, $v], b: {}, c: """x"""}"#)
        #expect(Printer.print(value) == #"{a: [1, 2.5, ENUM, null, true, $v], b: {}, c: """x"""}"#)
        #expect(Printer.print(try Parser.parseType("[[Int!]]!")) == "[[Int!]]!")
    }

    @Test func putsDescribedArgumentDefinitionsOnSeparateLines() throws {
        let printed = try Self.reprinted(#"type T { """desc""" f("""a""" a: Int, b: Int): Int }"#)
        #expect(printed == #"""
            type T {
              """desc"""
              f(
                """a"""
                a: Int
                b: Int
              ): Int
            }
            """#)
    }

    @Test func indentsBlockStringsWithTheirBlock() throws {
        let printed = try Self.reprinted("type T {\n  \"\"\"\n  line one\n\n  line two\n  \"\"\"\n  f: Int\n}")
        #expect(printed == "type T {\n  \"\"\"\n  line one\n  \n  line two\n  \"\"\"\n  f: Int\n}")
    }

    @Test func printsFragmentsAndDirectives() throws {
        let printed = try Self.reprinted("fragment F on T @a @b(x: 1) { ...G @c ... on U { u } ... @d { v } }")
        #expect(printed == "fragment F on T @a @b(x: 1) {\n  ...G @c\n  ... on U {\n    u\n  }\n  ... @d {\n    v\n  }\n}")
    }
}
