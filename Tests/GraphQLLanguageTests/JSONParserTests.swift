import GraphQLLanguage
import Testing

/// `JSONParser` reads RFC 8259 JSON strictly and agrees with `JSON.parse` on what it accepts.
@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" {"a": [1, -0.5, 1e3, 2E-7, true, false, null, "s"], "b": {}, "c": []} "#)
        #expect(value == .object([
            JSONMember("a", .array([.number("1"), .number("-0.5"), .number("1e3"), .number("2E-7"), .bool(true), .bool(false), .null, .string("s")])),
            JSONMember("b", .object([])),
            JSONMember("c", .array([])),
        ]))
    }

    @Test func keepsNumberTextExactly() throws {
        #expect(try JSONParser.parse("381200.00") == .number("381200.00"))
        #expect(try JSONParser.parse("1234567890123456789012345678901234567890") == .number("1234567890123456789012345678901234567890"))
        #expect(try JSONParser.parse("-0") == .number("-0"))
    }

    @Test func decodesEscapesAndUnicode() throws {
        let value = try JSONParser.parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \u4E2D \uD83D\uDE00 中文 😀""#)
        #expect(value == .string("q\" b\\ s/ \u{08}\u{0C}\n\r\t é 中 😀 中文 😀"))
    }

    @Test func replacesLoneSurrogatesWithReplacementCharacter() throws {
        #expect(try JSONParser.parse(#""a\uD800b""#) == .string("a\u{FFFD}b"))
        #expect(try JSONParser.parse(#""\uDC00""#) == .string("\u{FFFD}"))
        #expect(try JSONParser.parse(#""\uD800\u0041""#) == .string("\u{FFFD}A"))
    }

    @Test func lastDuplicateKeyWinsAtFirstPosition() throws {
        #expect(try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#) == .object([JSONMember("a", .number("3")), JSONMember("b", .number("2"))]))
        let many = (0..<20).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let value = try JSONParser.parse("{\(many), \"k3\": 99, \"k19\": 100}")
        guard case .object(let members) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.count == 20)
        #expect(members[3] == JSONMember("k3", .number("99")))
        #expect(members[19] == JSONMember("k19", .number("100")))
    }

    @Test func skipsLeadingByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number("1")]))
    }

    static let rejected: [(text: String, message: String)] = [
        ("", "JSON error at byte 0: unexpected end of input, expected a value"),
        ("  ", "JSON error at byte 2: unexpected end of input, expected a value"),
        ("[1,]", "JSON error at byte 3: unexpected \"]\", expected a value"),
        (#"{"a": 1,}"#, "JSON error at byte 8: unexpected \"}\", expected a string key"),
        ("[1 2]", "JSON error at byte 3: unexpected \"2\", expected \",\" or \"]\""),
        (#"{"a" 1}"#, "JSON error at byte 5: unexpected \"1\", expected \":\""),
        (#"{"a": 1"#, "JSON error at byte 7: unexpected end of input, expected \",\" or \"}\""),
        ("{a: 1}", "JSON error at byte 1: unexpected \"a\", expected a string key"),
        ("01", "JSON error at byte 1: invalid number: leading zeros are not allowed"),
        ("-01", "JSON error at byte 2: invalid number: leading zeros are not allowed"),
        ("1.", "JSON error at byte 2: invalid number: a digit must follow \".\""),
        ("1.e5", "JSON error at byte 2: invalid number: a digit must follow \".\""),
        ("1e", "JSON error at byte 2: invalid number: the exponent needs digits"),
        ("-", "JSON error at byte 1: invalid number: a digit must follow \"-\""),
        ("-a", "JSON error at byte 1: invalid number: a digit must follow \"-\""),
        (".5", "JSON error at byte 0: unexpected \".\", expected a value"),
        ("+1", "JSON error at byte 0: unexpected \"+\", expected a value"),
        ("NaN", "JSON error at byte 0: unexpected \"N\", expected a value"),
        ("tru", "JSON error at byte 3: unexpected end of input, expected \"true\""),
        ("nul1", "JSON error at byte 3: unexpected \"1\", expected \"null\""),
        ("'a'", "JSON error at byte 0: unexpected \"'\", expected a value"),
        ("[1] // comment", "JSON error at byte 4: unexpected content after the JSON value"),
        ("1 2", "JSON error at byte 2: unexpected content after the JSON value"),
        ("\"a\u{01}b\"", "JSON error at byte 2: control character byte 0x01 must be escaped in a string"),
        ("\"a\nb\"", "JSON error at byte 2: control character byte 0x0A must be escaped in a string"),
        (#""\x""#, "JSON error at byte 1: invalid escape sequence \\x"),
        (#""\u12""#, "JSON error at byte 3: \\u must be followed by four hex digits"),
        (#""\u12G4""#, "JSON error at byte 5: \\u must be followed by four hex digits"),
        (#""abc"#, "JSON error at byte 4: unexpected end of input, expected \"\\\"\" to close the string"),
        (#""abc\"#, "JSON error at byte 5: unexpected end of input, expected \"\\\"\" to close the string"),
        ("1\u{FEFF}", "JSON error at byte 1: unexpected content after the JSON value"),
    ]

    @Test(arguments: rejected)
    func rejectsWithOffsetAndReason(text: String, message: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError(.invalidUTF8, at: 1)) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
        #expect(throws: JSONParseError(.invalidUTF8, at: 1)) { try JSONParser.parse([0x22, 0x5C, 0x6E, 0xC3, 0x22]) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0xFF]) }
    }

    @Test func limitsNestingDepth() throws {
        let deepest = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(try JSONParser.parse(deepest) != .null)
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        #expect(throws: JSONParseError(.nestingTooDeep(limit: 256), at: 256)) { try JSONParser.parse(tooDeep) }
        #expect(throws: JSONParseError(.nestingTooDeep(limit: 2), at: 12)) { try JSONParser.parse(#"{"a": {"b": [1]}}"#, maxDepth: 2) }
    }

    @Test func survives100000NestedBracketsOnASmallStack() {
        let inputs = [String(repeating: "[", count: 100_000), String(repeating: "{\"a\":", count: 100_000)]
        let errors = runOnThread(stackSize: 512 * 1024) {
            inputs.map { input -> JSONParseError.Reason? in
                do throws(JSONParseError) {
                    _ = try JSONParser.parse(input, maxDepth: .max)
                    return nil
                } catch {
                    return error.reason
                }
            }
        }
        #expect(errors == [
            .unexpectedEnd(expected: "a value"),
            .unexpectedEnd(expected: "a value"),
        ])
    }

    @Test func randomBytesNeverCrash() {
        var random = SplitMix64(seed: 8259)
        let alphabet = Array("{}[]:,\"\\ \n-+.0123456789eEtrufalsn".utf8)
        var accepted = 0
        for _ in 0..<3_000 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).map { _ in
                random.next() % 5 == 0 ? UInt8(truncatingIfNeeded: random.next()) : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            if let value = try? JSONParser.parse(bytes) {
                accepted += 1
                // Whatever is accepted writes back to JSON that parses to the same value.
                #expect((try? JSONParser.parse(value.jsonBytes)) == value)
            }
        }
        #expect(accepted > 0)
    }
}
