import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler
import Testing

/// Global IDs, cursors and the base64url under both.
@Suite struct EncodingTests {
    @Test(arguments: [("Finding", Int64(1)), ("Unit", 0), ("Disposition", Int64.max)])
    func globalIDsRoundTrip(_ typeName: String, _ key: Int64) {
        let id = GlobalID(typeName: typeName, key: key)
        #expect(GlobalID.decode(id.encoded) == id)
        #expect(!id.encoded.contains("="))
    }

    @Test func globalIDsMatchWhatPostgreSQLWrites() {
        // translate(encode(convert_to('Finding:12', 'UTF8'), 'base64'), E'+/=\n', '-_')
        #expect(GlobalID(typeName: "Finding", key: 12).encoded == "RmluZGluZzoxMg")
    }

    @Test(arguments: ["", "!!!", "RmluZGluZw", "OjEy", "RmluZGluZzoxMmE", "RmluZGluZzowMQ", "RmluZGluZzotMQ", "Rmlu ZGluZzoxMg"])
    func globalIDsRejectGarbage(_ text: String) {
        // "", not base64, no colon, no type, "12a", leading zero "01", "-1", a space.
        #expect(GlobalID.decode(text) == nil)
    }

    @Test func cursorsRoundTripTextNumbersAndNulls() {
        let cursor = Cursor(tag: "0badcafe", values: ["党费 \"quoted\" \\ and\nnewline", "12.50", nil, "7"])
        #expect(Cursor.decode(cursor.encoded) == cursor)
    }

    @Test func cursorsDecodeWhatPostgreSQLWrites() {
        // json_build_array('23966b6e', 10, 10)::text is `["23966b6e", 10, 10]`.
        let decoded = Cursor.decode("WyIyMzk2NmI2ZSIsIDEwLCAxMF0")
        #expect(decoded == Cursor(tag: "23966b6e", values: ["10", "10"]))
    }

    @Test(arguments: ["", "e30", "WzFd", "WyJ0YWciLCB9XQ", "WyJ0YWciLCAiXHVEODAwIl0", String(repeating: "A", count: 5000)])
    func cursorsRejectGarbage(_ text: String) {
        // Empty, `{}`, `[1]` (no tag), a syntax error, a lone surrogate, too long.
        #expect(Cursor.decode(text) == nil)
    }

    @Test func orderingTagsDifferByFieldAndDirection() {
        let tags = Set(["Book|TITLE:A,", "Book|TITLE:D,", "Book|PRICE:A,", "Person|TITLE:A,"].map(Cursor.tag(forOrdering:)))
        #expect(tags.count == 4)
    }

    @Test func likePatternsEscapeTheirMetacharacters() {
        #expect(LikePattern.escape(#"50%_off\ 纯棉"#) == #"50\%\_off\\ 纯棉"#)
    }

    @Test func base64AcceptsTheStandardAlphabetAndPadding() {
        #expect(Base64URL.decode("RmluZGluZzoxMg==") == Array("Finding:12".utf8))
        #expect(Base64URL.decode("+/8") == [0xFB, 0xFF])
        #expect(Base64URL.decode("A") == nil)
    }
}
