import Foundation
import GraphQLLanguage
import Testing

/// Inputs meant to hurt: each gets a clear error quickly, and the server keeps serving.
@Suite struct ServiceHostileInputTests {
    static func post(_ body: [UInt8], on service: TestService) throws -> HTTPTestResponse {
        try HTTPTestClient.request(port: service.port, method: "POST", target: "/graphql",
                                   headers: [("Content-Type", "application/json"), ("Accept", "application/graphql-response+json")], body: body)
    }

    static func expectStillServing(_ service: TestService) throws {
        let response = try service.graphQL("{ __typename }")
        #expect(response.status == 200)
        #expect(try response.json()[.key("data"), .key("__typename")] == .string("Query"))
    }

    @Test func aBodyOverTheLimitIs413() throws {
        let service = try ServiceHarness.service()
        let query = "{ __typename }" + String(repeating: " ", count: 1_100_000)
        let response = try Self.post(HTTPTestClient.body(query), on: service)
        #expect(response.status == 413)
        try Self.expectStillServing(service)
    }

    @Test func aQueryNestedTooDeepForTheParserIsASyntaxError() throws {
        let service = try ServiceHarness.service()
        let depth = 300
        let query = String(repeating: "{ a ", count: depth) + String(repeating: "}", count: depth)
        let response = try Self.post(HTTPTestClient.body(query), on: service)
        #expect(response.status == 400)
        #expect(try ServiceHarness.codes(response) == ["GRAPHQL_PARSE_FAILED"])
        #expect(try ServiceHarness.messages(response).first?.contains("nested deeper than 256 levels") == true)
        try Self.expectStillServing(service)
    }

    @Test func aRealQueryNestedTooDeepIsRefusedByDepth() throws {
        let service = try ServiceHarness.service()
        let query = "{ units { nodes { " + String(repeating: "parent { ", count: 40) + "name" + String(repeating: " }", count: 40) + " } } }"
        let response = try Self.post(HTTPTestClient.body(query), on: service)
        #expect(response.status == 400)
        #expect(try ServiceHarness.codes(response) == ["QUERY_TOO_DEEP"])
        try Self.expectStillServing(service)
    }

    @Test func tenThousandAliasesAreRefusedQuickly() throws {
        let service = try ServiceHarness.service()
        let started = ContinuousClock.now
        let aliases = (0..<10_000).map { "a\($0): __typename" }.joined(separator: " ")
        let response = try Self.post(HTTPTestClient.body("{ \(aliases) }"), on: service)
        #expect(response.status == 400)
        #expect(try ServiceHarness.messages(response).first?.contains("more than 15000 tokens") == true)
        // Under the token limit, the alias limit answers.
        let fewer = (0..<4_000).map { "a\($0): __typename" }.joined(separator: " ")
        let limited = try Self.post(HTTPTestClient.body("{ \(fewer) }"), on: service)
        #expect(limited.status == 400)
        #expect(try ServiceHarness.codes(limited) == ["TOO_MANY_ALIASES"])
        #expect(ContinuousClock.now - started < .seconds(10))
        try Self.expectStillServing(service)
    }

    @Test func invalidUTF8InTheBodyIsABadRequest() throws {
        let service = try ServiceHarness.service()
        let body = Array(#"{"query":"{ __typename }","variables":{"x":""#.utf8) + [0xC3, 0x28, 0xFF] + Array(#""}}"#.utf8)
        let response = try Self.post(body, on: service)
        #expect(response.status == 400)
        #expect(try ServiceHarness.codes(response) == ["BAD_REQUEST"])
        #expect(try ServiceHarness.messages(response).first?.contains("not valid UTF-8") == true)
        try Self.expectStillServing(service)
    }

    @Test func deeplyNestedVariablesAreRefused() throws {
        let service = try ServiceHarness.service()
        let variables = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let body = Array(#"{"query":"{ __typename }","variables":{"x":"#.utf8) + Array(variables.utf8) + Array("}}".utf8)
        let response = try Self.post(body, on: service)
        #expect(response.status == 400)
        #expect(try ServiceHarness.messages(response).first?.contains("nested deeper than") == true)
        try Self.expectStillServing(service)
    }

    @Test func garbageIsNotJSON() throws {
        let service = try ServiceHarness.service()
        for body in ["NONSENSE", #"{"query":"#, "\u{0}\u{1}\u{2}", #"{"query": "{ __typename }",}"#] {
            let response = try Self.post(Array(body.utf8), on: service)
            #expect(response.status == 400, "\(body)")
            #expect(try ServiceHarness.messages(response).first?.hasPrefix("The request body is not valid JSON") == true)
        }
        try Self.expectStillServing(service)
    }

    @Test func aHugeListOfIDsIsRefusedByLength() throws {
        let service = try ServiceHarness.service()
        let ids = "[" + (0..<5000).map { "\"id\($0)\"" }.joined(separator: ",") + "]"
        let response = try service.graphQL("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: #"{"ids": \#(ids)}"#,
                                           accept: "application/graphql-response+json")
        // A field error of the non-null `nodes`: `data` is null, the status 200.
        #expect(response.status == 200)
        #expect(try response.json()["data"] == .null)
        #expect(try ServiceHarness.codes(response) == ["LIST_TOO_LONG"])
        try Self.expectStillServing(service)
    }
}
