import GraphQLLanguage
import Testing

/// Syntax errors report graphql-js's message at graphql-js's line and column.
///
/// The table comes from `scripts/graphql-js-expectations.py scripts/graphql-js-cases/parser-errors.txt`;
/// sources listed there that parse are kept as comments.
@Suite struct ParserErrorTests {
    static let cases: [(source: String, message: String, line: Int, column: Int)] = [
        ("", "Syntax Error: Unexpected <EOF>.", 1, 1),
        ("  ", "Syntax Error: Unexpected <EOF>.", 1, 3),
        ("# only comment", "Syntax Error: Unexpected <EOF>.", 1, 15),
        ("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        ("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4),
        ("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6),
        ("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3),
        ("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6),
        ("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8),
        ("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9),
        ("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11),
        ("query Q($a: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 13),
        ("query Q(a: Int) { a }", "Syntax Error: Expected \"$\", found Name \"a\".", 1, 9),
        ("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19),
        ("query ($a: Int = [1, $b]) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 22),
        ("query ($a: Int = {x: $b}) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 22),
        ("query ($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 18),
        ("query ($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 16),
        ("query ($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 16),
        ("query ($a: Int) @d($x: 1) { a }", "Syntax Error: Expected Name, found \"$\".", 1, 20),
        ("notanoperation Foo { field }", "Syntax Error: Unexpected Name \"notanoperation\".", 1, 1),
        ("...", "Syntax Error: Unexpected \"...\".", 1, 1),
        ("...on", "Syntax Error: Unexpected \"...\".", 1, 1),
        ("\"desc\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("\"desc\" { a }", "Syntax Error: Unexpected \"{\".", 1, 8),
        ("\"desc\" fragment F on T { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("\"\"\"desc\"\"\" extend type A { a: Int }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("\"d\" \"e\"", "Syntax Error: Unexpected String \"e\".", 1, 5),
        ("\"d\"", "Syntax Error: Unexpected <EOF>.", 1, 4),
        ("fragment on on X { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10),
        // "fragment X on on { a }" parses
        ("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16),
        ("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12),
        ("fragment F($a: Int) on T { a }", "Syntax Error: Expected \"on\", found \"(\".", 1, 11),
        // "fragment F on T @d(a: $v) { a }" parses
        ("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("{ ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 7),
        ("{ ...  }", "Syntax Error: Expected \"{\", found \"}\".", 1, 8),
        ("{ ...F @ }", "Syntax Error: Expected Name, found \"}\".", 1, 10),
        // "{ a(b: $c) }" parses
        ("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9),
        ("{ a(b:) }", "Syntax Error: Unexpected \")\".", 1, 7),
        ("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6),
        ("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5),
        ("{ a(b: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10),
        ("{ a(b: [1, 2 }", "Syntax Error: Unexpected \"}\".", 1, 14),
        ("{ a(b: {c 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11),
        ("{ a(b: {c: 1) }", "Syntax Error: Expected Name, found \")\".", 1, 13),
        ("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6),
        ("{ a: b: c }", "Syntax Error: Expected Name, found \":\".", 1, 7),
        ("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7),
        ("{ a @skip( }", "Syntax Error: Expected Name, found \"}\".", 1, 12),
        ("{ a { } }", "Syntax Error: Expected Name, found \"}\".", 1, 7),
        ("{ a {b} c { d }", "Syntax Error: Expected Name, found <EOF>.", 1, 16),
        ("mutation { }", "Syntax Error: Expected Name, found \"}\".", 1, 12),
        ("subscription", "Syntax Error: Expected \"{\", found <EOF>.", 1, 13),
        ("{ a } query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 12),
        ("{ a } fragment", "Syntax Error: Expected Name, found <EOF>.", 1, 15),
        ("{ a } 1", "Syntax Error: Unexpected Int \"1\".", 1, 7),
        ("{ a } \"x\"", "Syntax Error: Unexpected <EOF>.", 1, 10),
        ("query Q @ { a }", "Syntax Error: Expected Name, found \"{\".", 1, 11),
        ("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        ("enum E { false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 10),
        ("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10),
        ("enum E { A B", "Syntax Error: Expected Name, found <EOF>.", 1, 13),
        // "enum E" parses
        ("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 16),
        ("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16),
        ("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19),
        ("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15),
        ("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15),
        ("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8),
        ("extend", "Syntax Error: Unexpected <EOF>.", 1, 7),
        ("extend \"x\"", "Syntax Error: Unexpected String \"x\".", 1, 8),
        ("extend type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 16),
        ("schema", "Syntax Error: Expected \"{\", found <EOF>.", 1, 7),
        ("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("schema { query: Q, foo: Bar }", "Syntax Error: Unexpected Name \"foo\".", 1, 20),
        ("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16),
        ("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7),
        ("type", "Syntax Error: Expected Name, found <EOF>.", 1, 5),
        ("type A {", "Syntax Error: Expected Name, found <EOF>.", 1, 9),
        ("type A { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12),
        ("type A { a: }", "Syntax Error: Expected Name, found \"}\".", 1, 13),
        ("type A { a(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12),
        ("type A { a(b): Int }", "Syntax Error: Expected \":\", found \")\".", 1, 13),
        ("type A { a(b: Int = $x): Int }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 21),
        ("type A implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19),
        ("type A implements B & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23),
        ("type A implements B, C { a: Int }", "Syntax Error: Unexpected Name \"C\".", 1, 22),
        ("type A @d(x: $v) { a: Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14),
        ("interface I implements", "Syntax Error: Expected Name, found <EOF>.", 1, 23),
        ("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11),
        ("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14),
        ("union U = A B", "Syntax Error: Unexpected Name \"B\".", 1, 13),
        ("union U = || A", "Syntax Error: Expected Name, found \"|\".", 1, 12),
        ("input I { a: Int = $x }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 20),
        ("input I { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 13),
        ("input I { a: Int! = }", "Syntax Error: Unexpected \"}\".", 1, 21),
        ("directive", "Syntax Error: Expected \"@\", found <EOF>.", 1, 10),
        ("directive @", "Syntax Error: Expected Name, found <EOF>.", 1, 12),
        ("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11),
        ("directive @a on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17),
        ("directive @a on", "Syntax Error: Expected Name, found <EOF>.", 1, 16),
        ("directive @a on FIELD |", "Syntax Error: Expected Name, found <EOF>.", 1, 24),
        ("directive @a repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 24),
        ("directive @a(b: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 22),
        ("directive @a on field", "Syntax Error: Unexpected Name \"field\".", 1, 17),
        ("{ a(x: \"\"\"unterminated) }", "Syntax Error: Unterminated string.", 1, 26),
        ("type 中 { a: Int }", "Syntax Error: Unexpected character: U+4E2D.", 1, 6),
        ("{ a(x: \"中文\" b c d) }", "Syntax Error: Expected \":\", found Name \"c\".", 1, 15),
        ("[", "Syntax Error: Unexpected \"[\".", 1, 1),
        ("]", "Syntax Error: Unexpected \"]\".", 1, 1),
        ("{ a(b: [[[[[) }", "Syntax Error: Unexpected \")\".", 1, 13),
        ("query { a } mutation", "Syntax Error: Expected \"{\", found <EOF>.", 1, 21),
        ("query Q($a: Int) @x($b: 1) { a }", "Syntax Error: Expected Name, found \"$\".", 1, 21),
        ("{ __typename @include(if: ) }", "Syntax Error: Unexpected \")\".", 1, 27),
        ("{ a(b: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10),
        ("{ a(b: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8),
        ("{ a(b: true false) }", "Syntax Error: Expected \":\", found \")\".", 1, 18),
        ("{ a(b: \"x\" \"y\") }", "Syntax Error: Expected Name, found String \"y\".", 1, 12),
    ]

    @Test(arguments: cases)
    func reportsSyntaxErrorLikeGraphQLJS(_ source: String, message: String, line: Int, column: Int) {
        let error = parseError(source)
        #expect(error?.message == message)
        #expect(error?.locations == [At(line: line, column: column)])
        #expect(error?.code == "GRAPHQL_PARSE_FAILED")
    }

    @Test func acceptsOnAsTypeConditionName() throws {
        let document = try Parser.parse("fragment X on on { a }")
        #expect(document.fragments.first?.typeCondition.name.value == "on")
    }

    @Test func acceptsVariablesInFragmentDirectives() throws {
        let document = try Parser.parse("fragment F on T @d(a: $v) { a }")
        #expect(document.fragments.first?.directives.first?.arguments.first?.value.kind
            == .variable(Variable(name: Name("v"))))
    }
}
