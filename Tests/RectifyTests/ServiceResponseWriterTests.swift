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

    /// The response budget starts from the bytes written in Swift, field errors included, so
    /// that a response whose errors and values together pass the limit is refused.
    @Test func fixedSizeCountsFieldErrorsAndSwiftValues() {
        let fields = [ExecutionField(key: "a", value: .json("null")), ExecutionField(key: "bb", value: .json(#"{"x":1}"#))]
        let errors = [GraphQLError("m", locations: [SourceLocation(line: 1, column: 3)], path: [.key("a")])]
        for errors in [[], errors] {
            let written = GraphQLResponseWriter.data(fields, rows: [], errors: errors).count
            let estimate = GraphQLResponseWriter.fixedSize(of: fields, errors: errors)
            #expect(estimate >= written && estimate <= written + 2, "estimate \(estimate), written \(written)")
        }
    }
}
