import GraphQLLanguage
import Testing

/// A request costs one statement per SQL root field, sent in one pipeline, however many rows it
/// returns and however deep it nests: read from the response's `extensions.debug`
/// (`RECTIFY_DEBUG=1`), which counts on the request's own connection, so tests running in parallel
/// do not disturb the figure.
@Suite struct ServiceStatementCountTests {
    static func statements(_ query: String, variables: String? = nil) throws -> (executed: Int, prepared: Int, data: JSONValue) {
        let response = try ServiceHarness.service().graphQL(query, variables: variables)
        let json = try response.json()
        try #require(json["errors"] == nil, "\(response)")
        let debug = try #require(json[.key("extensions"), .key("debug")], "\(response)")
        return (debug["statementsExecuted"]?.int ?? -1, debug["statementsPrepared"]?.int ?? -1, json["data"] ?? .null)
    }

    @Test func oneStatementWhateverTheRowsAndNesting() throws {
        let shallow = try Self.statements("{ findings(first: 1) { totalCount } }")
        #expect(shallow.executed == 1)
        // 51 findings, each with its units, their parents, children and people, and funds.
        let deep = try Self.statements("""
            {
              findings(first: 60) {
                nodes {
                  number
                  units(first: 10) { nodes { name parent { name children(first: 10) { nodes { name people(first: 5) { nodes { name } } } } } } }
                  funds(first: 10) { nodes { amount unit { name } } }
                  dispositions(first: 10) { nodes { kind person { name unit { name } } } }
                }
              }
            }
            """)
        #expect(deep.executed == 1)
        #expect(deep.data[.key("findings"), .key("nodes")]?.array.count == 51)
        // Preparing happens once per statement per connection, never more than once per request.
        #expect(deep.prepared <= 1)
    }

    @Test func oneStatementPerRootFieldInOnePipeline() throws {
        let result = try Self.statements("""
            { a: findings(first: 2) { totalCount } b: units(first: 3) { totalCount } c: people(first: 4) { totalCount } __typename }
            """)
        #expect(result.executed == 3)
        #expect(result.data.keys == ["a", "b", "c", "__typename"])
    }

    @Test func introspectionAndTypenameCostNoStatement() throws {
        let result = try Self.statements("{ __typename __type(name: \"Finding\") { name } }")
        #expect(result.executed == 0)
        #expect(result.prepared == 0)
    }

    @Test func aRepeatedQueryHitsBothCachesAndIsPreparedOncePerConnection() throws {
        let service = try ServiceHarness.service()
        // One keep-alive connection: every request lands on the same event loop, with its caches
        // and its two database connections.
        let connection = try HTTPTestConnection(port: service.port)
        let query = "query Repeat($n: Int) { findings(first: $n, orderBy: [{ field: NUMBER }]) { nodes { number } } }"
        var prepared = 0
        for index in 0..<24 {
            let body = HTTPTestClient.body(query, variables: #"{"n": \#(index % 5 + 1)}"#)
            try connection.send(HTTPTestClient.requestBytes(method: "POST", target: "/graphql", headers: [("Content-Type", "application/json")], body: body))
            let response = try connection.readResponse()
            let json = try response.json()
            #expect(json[.key("data"), .key("findings"), .key("nodes")]?.array.count == index % 5 + 1)
            let debug = json[.key("extensions"), .key("debug")]
            #expect(debug?["statementsExecuted"]?.int == 1)
            // Variables of one shape share the document and the plan.
            #expect(debug?["documentCacheHit"] == .bool(index > 0))
            #expect(debug?["planCacheHit"] == .bool(index > 0))
            prepared += debug?["statementsPrepared"]?.int ?? 100
        }
        // The statement is prepared on first use on each connection of the loop, then only executed.
        #expect(prepared >= 1 && prepared <= 2, "prepared \(prepared) times")
    }
}
