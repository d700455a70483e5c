import GraphQLLanguage
import HTTPServer
@testable import Rectify
import Testing

/// Reading GraphQL-over-HTTP requests and choosing media types, without a server.
@Suite struct ServiceRequestTests {
    @Test func readsEveryParameterOfAPOSTBody() throws {
        let body = #"{"query":"query Q($a: Int) { __typename }","operationName":"Q","variables":{"a":1},"extensions":{"x":true},"other":0}"#
        let request = try GraphQLHTTPRequest.decode(body: Array(body.utf8)).get()
        #expect(request.query == "query Q($a: Int) { __typename }")
        #expect(request.operationName == "Q")
        #expect(request.variables == ["a": .number("1")])
        #expect(request.extensions == [JSONMember("x", .bool(true))])
    }

    @Test(arguments: [
        ("", GraphQLHTTPRequestError.emptyBody), ("  \n", .emptyBody), ("[]", .batchNotSupported), ("null", .bodyNotObject(kind: .null)),
        (#"{"query":null}"#, .queryNotString(kind: .null)), (#"{"query":1}"#, .queryNotString(kind: .number)), ("{}", .missingQuery),
        (#"{"query":"{a}","operationName":{}}"#, .operationNameNotString(kind: .object)),
        (#"{"query":"{a}","variables":"{}"}"#, .variablesNotObject(kind: .string)),
        (#"{"query":"{a}","extensions":[]}"#, .extensionsNotObject(kind: .array)),
    ])
    func refusesMalformedBodies(body: String, expected: GraphQLHTTPRequestError) {
        #expect(GraphQLHTTPRequest.decode(body: Array(body.utf8)) == .failure(expected))
    }

    @Test func readsAGETQuery() throws {
        let items = [QueryItem(name: "query", value: "{ a }"), QueryItem(name: "operationName", value: ""),
                     QueryItem(name: "variables", value: #"{"x":[1]}"#), QueryItem(name: "extensions", value: "null")]
        let request = try GraphQLHTTPRequest.decode(queryItems: items).get()
        #expect(request.operationName == nil)
        #expect(request.variables == ["x": .array([.number("1")])])
        #expect(request.extensions == nil)
        guard case .failure(.variablesNotJSON) = GraphQLHTTPRequest.decode(queryItems: [
            QueryItem(name: "query", value: "{ a }"), QueryItem(name: "variables", value: "{x}"),
        ]) else {
            Issue.record("bad JSON variables accepted")
            return
        }
        #expect(GraphQLHTTPRequest.decode(queryItems: [QueryItem(name: "variables", value: "{}")]) == .failure(.missingQuery))
    }

    @Test(arguments: [
        (nil as String?, ResponseMediaType.json as ResponseMediaType?), ("", .json), ("*/*", .json), ("application/*", .json),
        ("application/json", .json), ("application/graphql-response+json", .graphQLResponse),
        ("application/graphql-response+json, application/json;q=0.9", .graphQLResponse),
        ("application/json, application/graphql-response+json", .json),
        ("APPLICATION/GRAPHQL-RESPONSE+JSON", .graphQLResponse), ("text/html", nil), ("application/json;q=0", nil),
        ("application/json;q=2, application/graphql-response+json;q=0.1", .graphQLResponse),
        ("*/*;q=0.1, application/graphql-response+json;q=0.2", .graphQLResponse),
        ("*/*, application/json;q=0", .graphQLResponse), ("garbage, ,;", nil),
    ])
    func choosesTheResponseMediaType(accept: String?, expected: ResponseMediaType?) {
        #expect(MediaTypeNegotiation.choose(accept: accept) == expected)
    }

    @Test func offersGraphiQLOnlyToBrowsers() {
        #expect(MediaTypeNegotiation.prefersHTML(accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        #expect(!MediaTypeNegotiation.prefersHTML(accept: "*/*"))
        #expect(!MediaTypeNegotiation.prefersHTML(accept: nil))
        #expect(!MediaTypeNegotiation.prefersHTML(accept: "application/json, text/html;q=0.5"))
    }

    @Test(arguments: [
        ("application/json", RequestContentType.json), ("application/json; charset=utf-8", .json), ("Application/JSON;Charset=\"UTF-8\"", .json),
        ("application/json; charset=utf8", .json), ("application/json; charset=latin1", .unsupportedCharset("latin1")),
        ("text/plain", .unsupported("text/plain")), ("  ", .missing),
        ("application/graphql-response+json", .unsupported("application/graphql-response+json")),
    ])
    func checksTheBodysContentType(value: String, expected: RequestContentType) {
        #expect(RequestContentType(value) == expected)
    }
}
