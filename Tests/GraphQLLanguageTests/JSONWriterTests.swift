import GraphQLLanguage
import Testing

/// `JSONWriter` writes compact JSON with `JSON.stringify`'s escapes.
@Suite struct JSONWriterTests {
    @Test func writesCompactJSON() {
        let value = JSONValue.object([
            JSONMember("data", .object([JSONMember("n", .number("381200.00")), JSONMember("ok", .bool(true))])),
            JSONMember("list", .array([.null, .bool(false), .string("x"), .array([]), .object([])])),
        ])
        #expect(value.jsonText == #"{"data":{"n":381200.00,"ok":true},"list":[null,false,"x",[],{}]}"#)
    }

    @Test func escapesLikeJSONStringify() {
        var buffer: [UInt8] = []
        JSONWriter.writeString("q\" b\\ s/ \u{08}\u{0C}\n\r\t \u{00}\u{01}\u{1F} \u{7F} 中文😀 \u{2028}", into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self)
            == #""q\" b\\ s/ \b\f\n\r\t \u0000\u0001\u001f "# + "\u{7F} 中文😀 \u{2028}\"")
    }

    @Test func escapesKeys() {
        #expect(JSONValue.object([JSONMember("a\"b", .null)]).jsonText == #"{"a\"b":null}"#)
    }

    @Test func appendsToExistingBuffer() {
        var buffer = Array("{\"data\":".utf8)
        JSONWriter.writeRawJSON(Array(#"{"unit":{"name":"永州"}}"#.utf8), into: &buffer)
        buffer.append(UInt8(ascii: ","))
        JSONWriter.writeString("errors", into: &buffer)
        buffer.append(UInt8(ascii: ":"))
        JSONWriter.writeInteger(-42, into: &buffer)
        buffer.append(UInt8(ascii: "}"))
        #expect(String(decoding: buffer, as: UTF8.self) == #"{"data":{"unit":{"name":"永州"}},"errors":-42}"#)
    }

    @Test func parsedTextRoundTrips() throws {
        let text = #"{"a":[1,-2.5e10,"中文\n\"",true,null,{"b":{}}],"c":"\u0000"}"#
        #expect(try JSONParser.parse(text).jsonText == text)
    }

    @Test func writesDeepValuesOnASmallStack() {
        var value = JSONValue.null
        for _ in 0..<256 { value = .array([value]) }
        let written = value
        let text = runOnThread(stackSize: 512 * 1024) { written.jsonText }
        #expect(text == String(repeating: "[", count: 256) + "null" + String(repeating: "]", count: 256))
    }

    @Test func convertsConstantGraphQLValues() throws {
        let value = try Parser.parseValue(#"{a: [1, 2.5, "s", ENUM, true, null]}"#)
        #expect(JSONValue(value)?.jsonText == #"{"a":[1,2.5,"s","ENUM",true,null]}"#)
        #expect(JSONValue(try Parser.parseValue("[1, $v]")) == nil)
    }
}
