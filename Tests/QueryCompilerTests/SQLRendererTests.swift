@testable import QueryCompiler
import Testing

/// The renderer: names quoted when they must be, constants escaped, wide objects chunked.
@Suite struct SQLRendererTests {
    @Test(arguments: [("findings", "findings"), ("order", "\"order\""), ("Mixed", "\"Mixed\""), ("a\"b", "\"a\"\"b\""), ("_k0", "_k0"), ("2x", "\"2x\"")])
    func identifiersAreQuotedOnlyWhenNeeded(_ name: String, _ rendered: String) {
        #expect(Identifier(name).rendered == rendered)
    }

    @Test func stringLiteralsDoubleQuotesAndEscapeNewlines() {
        #expect(SQLLiteral.string("it's").rendered == "'it''s'")
        #expect(SQLLiteral.string("+/=\n").rendered == "E'+/=\\n'")
        #expect(SQLLiteral.string("a\\b\n").rendered == "E'a\\\\b\\n'")
    }

    @Test func wideObjectsAreBuiltInChunksOfFiftyKeys() {
        let entries = (0..<120).map { JSONEntry(key: "k\($0)", value: .integer($0)) }
        let sql = SQLRenderer.render(.jsonObject(entries))
        #expect(sql.components(separatedBy: "json_build_object(").count - 1 == 3)
        #expect(sql.hasPrefix("(left(json_build_object('k0', 0"))
        #expect(sql.contains("substr(left(json_build_object('k50', 50"))
        #expect(sql.hasSuffix("'k119', 119)::text, 2))::json"))
    }

    @Test func bindsCarryTheirCast() {
        #expect(SQLRenderer.render(.bind(Bind(index: 2, type: .numericArray))) == "$3::numeric[]")
    }
}
