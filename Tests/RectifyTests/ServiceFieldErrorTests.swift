import GraphQLLanguage
import Testing

/// Argument values refused while binding (cursors, global IDs, page sizes, list lengths) are
/// field errors as graphql-js reports a resolver's error: `data` present, the field null
/// (propagated to `data` from a non-null root field, spec §6.4.4), the error with the field's
/// `path` and `locations`, status 200 with both media types (GraphQL over HTTP, "Status Codes").
@Suite struct ServiceFieldErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var query: String
        var variables: String?
        var code: String
        var message: String
        var path: [String]
        /// (line, column) of the field whose argument was refused.
        var location: (Int, Int)

        var testDescription: String { name }
    }

    /// Every root connection is non-null, so each of these makes `data` null.
    static let nonNullCases: [Case] = [
        Case(name: "bad cursor", query: #"{ findings(after: "not-a-cursor") { nodes { number } } }"#,
             code: "BAD_USER_INPUT", message: #"Argument "after" is not a valid cursor"#, path: ["findings"], location: (1, 3)),
        Case(name: "bad cursor with only totalCount selected", query: #"{ findings(before: "garbage") { totalCount } }"#,
             code: "BAD_USER_INPUT", message: #"Argument "before" is not a valid cursor"#, path: ["findings"], location: (1, 3)),
        Case(name: "bad cursor with only aggregate selected", query: #"{ findings(after: "garbage") { aggregate { count } } }"#,
             code: "BAD_USER_INPUT", message: #"Argument "after" is not a valid cursor"#, path: ["findings"], location: (1, 3)),
        Case(name: "page size over the maximum", query: "{ findings(first: 11) { nodes { number } } }",
             code: "PAGE_SIZE_TOO_LARGE", message: #"Argument "first" is 11; the maximum for first is 10."#, path: ["findings"], location: (1, 3)),
        Case(name: "page size over the maximum with only totalCount selected", query: "{ findings(first: 1000) { totalCount } }",
             code: "PAGE_SIZE_TOO_LARGE", message: #"Argument "first" is 1000"#, path: ["findings"], location: (1, 3)),
        Case(name: "page size over the maximum with only aggregate selected", query: "{\n  f: findings(last: 11) { aggregate { count } }\n}",
             code: "PAGE_SIZE_TOO_LARGE", message: #"Argument "last" is 11"#, path: ["f"], location: (2, 3)),
        Case(name: "page size in a variable", query: "query($n: Int) { findings(last: $n) { nodes { number } } }", variables: #"{"n": 50}"#,
             code: "PAGE_SIZE_TOO_LARGE", message: "is 50", path: ["findings"], location: (1, 18)),
        Case(name: "negative page size", query: "{ findings(first: -1) { totalCount } }",
             code: "BAD_USER_INPUT", message: #"Argument "first" must not be negative."#, path: ["findings"], location: (1, 3)),
        Case(name: "list too long", query: "{ findings(filter: { number: { in: [1, 2, 3, 4] } }) { totalCount } }",
             code: "LIST_TOO_LONG", message: "has 4 items; at most 3", path: ["findings"], location: (1, 3)),
        Case(name: "bad global ID in nodes(ids:)", query: #"{ nodes(ids: ["garbage"]) { id } }"#,
             code: "BAD_USER_INPUT", message: #"Argument "ids" is not a valid ID."#, path: ["nodes"], location: (1, 3)),
        Case(name: "first and last together", query: "{ findings(first: 1, last: 1) { totalCount } }",
             code: "BAD_USER_INPUT", message: #"Arguments "first" and "last" cannot be used together on "findings"."#, path: ["findings"], location: (1, 3)),
        Case(name: "nested page size over the maximum", query: "{ units(first: 1) { nodes { findings(first: 11) { totalCount } } } }",
             code: "PAGE_SIZE_TOO_LARGE", message: #"Argument "first" is 11"#, path: ["units", "nodes", "findings"], location: (1, 29)),
    ]

    @Test(arguments: nonNullCases)
    func refusedArgumentOfANonNullRootFieldMakesDataNull(_ error: Case) throws {
        let service = try ServiceErrorCodeTests.limited.get()
        for accept in ["application/graphql-response+json", "application/json"] {
            let response = try service.graphQL(error.query, variables: error.variables, accept: accept)
            #expect(response.status == 200, "\(accept): \(response)")
            let json = try response.json()
            #expect(json["data"] == .null, "\(response)")
            let errors = try #require(json["errors"]?.array)
            #expect(errors.count == 1, "\(response)")
            try Self.check(errors[0], against: error, response)
        }
    }

    @Test func refusedGlobalIDNullsOnlyItsFieldAndTheOtherRootFieldsAreAnswered() throws {
        let service = try ServiceHarness.service()
        let query = """
            {
              bad: node(id: "garbage") { id }
              count: findings { totalCount }
              first: findings(first: 1) { nodes { number } }
            }
            """
        for accept in ["application/graphql-response+json", "application/json"] {
            let response = try service.graphQL(query, accept: accept)
            #expect(response.status == 200, "\(accept): \(response)")
            let json = try response.json()
            #expect(json.keys.prefix(2) == ["errors", "data"], "errors come before data: \(response)")
            #expect(json["data"]?["bad"] == .null)
            #expect(json["data"]?[.key("count"), .key("totalCount")]?.int == 51)
            #expect(json["data"]?[.key("first"), .key("nodes"), .index(0), .key("number")]?.int == 1)
            let errors = try #require(json["errors"]?.array)
            #expect(errors.count == 1)
            try Self.check(errors[0], against: Case(name: "", query: query, code: "BAD_USER_INPUT", message: #"Argument "id" is not a valid ID."#,
                                                    path: ["bad"], location: (2, 3)), response)
        }
    }

    @Test func errorsOfNullableFieldsBeforeANonNullFailureAreKept() throws {
        let service = try ServiceHarness.service()
        let response = try service.graphQL(#"{ a: node(id: "x") { id } b: findings(after: "y") { totalCount } c: node(id: "z") { id } }"#)
        #expect(response.status == 200, "\(response)")
        let json = try response.json()
        #expect(json["data"] == .null)
        // graphql-js resolves root query fields in order and stops at the non-null failure: `c`
        // is never resolved, so it reports no error.
        let paths = try #require(json["errors"]?.array).map { $0["path"] }
        #expect(paths == [.array([.string("a")]), .array([.string("b")])], "\(response)")
    }

    @Test func validArgumentsWithOnlyTotalCountSelectedAreAccepted() throws {
        let service = try ServiceHarness.service()
        let page = try service.data("{ findings(first: 2) { edges { cursor } } }")
        let cursor = try #require(page[.key("findings"), .key("edges"), .index(0), .key("cursor")]?.string)
        let data = try service.data("query($c: String) { findings(first: 100, after: $c) { totalCount aggregate { count } } }",
                                    variables: #"{"c": "\#(cursor)"}"#)
        #expect(data[.key("findings"), .key("totalCount")]?.int == 51)
    }

    static func check(_ error: JSONValue, against expected: Case, _ response: HTTPTestResponse) throws {
        let message = try #require(error["message"]?.string)
        #expect(message.contains(expected.message), "\(response)")
        #expect(error["path"] == .array(expected.path.map { .string($0) }), "\(response)")
        #expect(error["locations"] == .array([.object([JSONMember("line", .number(String(expected.location.0))),
                                                       JSONMember("column", .number(String(expected.location.1)))])]), "\(response)")
        #expect(error[.key("extensions"), .key("code")] == .string(expected.code), "\(response)")
    }
}
