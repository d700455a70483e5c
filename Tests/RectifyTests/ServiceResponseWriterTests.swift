import GraphQLLanguage
@testable import Rectify
import Testing

/// The response bytes, without a server: key order, escaping, no `data` for request errors.
@Suite struct ServiceResponseWriterTests {
    @Test func writesErrorsInGraphQLJSOrder() {
        let error = GraphQLError("Bad \"x\"\n", locations: [SourceLocation(line: 2, column: 3)], path: [.key("a"), .index(1)],
                                 extensions: [("code", "BAD_USER_INPUT")])
        let text = String(decoding: GraphQLResponseWriter.requestErrors([error]), as: UTF8.self)
        #expect(text == #"{"errors":[{"message":"Bad \"x\"\n","locations":[{"line":2,"column":3}],"path":["a",1],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
    }

    @Test func writesExecutionErrorsBeforeNullData() {
        let text = String(decoding: GraphQLResponseWriter.executionErrors([GraphQLError("m")]), as: UTF8.self)
        #expect(text == #"{"errors":[{"message":"m"}],"data":null}"#)
    }

    @Test func splicesRootFieldsInSelectionOrder() {
        let fields = [ExecutionField(key: "b\"", value: .json("1")), ExecutionField(key: "a", value: .json(#"{"x":[]}"#))]
        let text = String(decoding: GraphQLResponseWriter.data(fields, rows: []), as: UTF8.self)
        #expect(text == #"{"data":{"b\"":1,"a":{"x":[]}}}"#)
    }

    @Test func writesFieldErrorsBeforeData() {
        let fields = [ExecutionField(key: "a", value: .json("null")), ExecutionField(key: "b", value: .json("1"))]
        let error = GraphQLError("m", locations: [SourceLocation(line: 1, column: 3)], path: [.key("a")])
        let text = String(decoding: GraphQLResponseWriter.data(fields, rows: [], errors: [error]), as: UTF8.self)
        #expect(text == #"{"errors":[{"message":"m","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null,"b":1}}"#)
    }

    static let compactionCases: [(String, String)] = [
        (#"{"number" : 1, "title" : "a : b, c"}"#, #"{"number":1,"title":"a : b, c"}"#),
        (#"[{"k" : 1}, {"k" : 2}, \#n {"k" : [1, 2]}]"#, #"[{"k":1},{"k":2},{"k":[1,2]}]"#),
        (#"{"s" : "quote \" : \" and backslash \\", "t" : " x "}"#, #"{"s":"quote \" : \" and backslash \\","t":" x "}"#),
        (#"{"s" : "\\\\\" still inside \\", "n" : null}"#, #"{"s":"\\\\\" still inside \\","n":null}"#),
        ("{\"title\" : \"部分直属单位 : 领导班子配备不齐全, 问题\",\t\"n\" : 381200.00}\r\n", #"{"title":"部分直属单位 : 领导班子配备不齐全, 问题","n":381200.00}"#),
        (" ", ""),
        (#""""#, #""""#),
    ]

    @Test func compactsPostgreSQLJSONOutsideStringsOnly() {
        for (input, expected) in Self.compactionCases {
            // Every alignment, so that each byte is seen by both the 8-byte and the 1-byte path.
            for padding in 0..<9 {
                let padded = String(repeating: " ", count: padding) + input
                var buffer = Array("x".utf8)
                Array(padded.utf8).withUnsafeBytes { CompactJSON.append($0, to: &buffer) }
                #expect(String(decoding: buffer, as: UTF8.self) == "x" + expected, "padding \(padding): \(input)")
            }
        }
    }

    /// A streamed response compacts each value slice by slice: cut anywhere (inside a string,
    /// between a backslash and the byte it escapes), the result is the whole value's.
    @Test func compactsAValueCutIntoSlicesAsIfWhole() {
        for (input, expected) in Self.compactionCases {
            let bytes = Array(input.utf8)
            for cut in 0...bytes.count {
                var buffer: [UInt8] = []
                var state = CompactJSON.State()
                bytes[..<cut].withUnsafeBytes { CompactJSON.append($0, to: &buffer, state: &state) }
                bytes[cut...].withUnsafeBytes { CompactJSON.append($0, to: &buffer, state: &state) }
                #expect(String(decoding: buffer, as: UTF8.self) == expected, "cut at \(cut): \(input)")
            }
        }
    }
}
