import Foundation
import GraphQLLanguage
import Testing

/// The routes beside `/graphql`: health, metrics, unknown paths.
@Suite struct ServiceRoutesTests {
    @Test func healthIsOKWhileTheDatabaseAnswers() throws {
        let response = try ServiceHarness.service().get("/health")
        #expect(response.status == 200)
        #expect(response.text == #"{"status":"ok"}"#)
        #expect(response.header("Cache-Control") == "no-store")
    }

    @Test func metricsAreInThePrometheusTextFormat() throws {
        let service = try ServiceHarness.service()
        _ = try service.data("{ findings { totalCount } }")
        let response = try service.get("/metrics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        let lines = response.text.split(separator: "\n").map(String.init)
        for family in ["rectify_http_responses_total", "rectify_graphql_request_duration_seconds", "rectify_sql_statements_executed_total",
                       "rectify_database_connections", "rectify_database_errors_total", "rectify_cache_lookups_total"] {
            #expect(lines.contains { $0.hasPrefix("# HELP \(family) ") }, "\(family)")
            #expect(lines.contains { $0.hasPrefix("# TYPE \(family) ") }, "\(family)")
        }
        // Every sample line is `name{labels} number`.
        for line in lines where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            #expect(parts.count == 2 && Double(parts[1]) != nil, "\(line)")
        }
        // Histogram buckets are cumulative and end with +Inf equal to the count.
        let buckets = lines.filter { $0.hasPrefix("rectify_graphql_request_duration_seconds_bucket") }
            .compactMap { Int($0.split(separator: " ")[1]) }
        #expect(buckets == buckets.sorted())
        let count = lines.first { $0.hasPrefix("rectify_graphql_request_duration_seconds_count") }.flatMap { Int($0.split(separator: " ")[1]) }
        #expect(buckets.last == count)
        #expect((count ?? 0) > 0)
        let statements = lines.first { $0.hasPrefix("rectify_sql_statements_executed_total ") }.flatMap { Int($0.split(separator: " ")[1]) }
        #expect((statements ?? 0) > 0)
    }

    @Test func metricsCountCacheHitsAndResponses() throws {
        let service = try ServiceHarness.service()
        func value(_ prefix: String) throws -> Int {
            let line = try service.get("/metrics").text.split(separator: "\n").first { $0.hasPrefix(prefix) }
            return line.flatMap { Int($0.split(separator: " ")[1]) } ?? -1
        }
        let query = "{ units(first: 2) { totalCount } metricsProbe: __typename }"
        _ = try service.data(query)
        let hits = try value(#"rectify_cache_lookups_total{cache="document",result="hit"}"#)
        let ok = try value(#"rectify_http_responses_total{code="200"}"#)
        for _ in 0..<5 { _ = try service.data(query) }
        #expect(try value(#"rectify_cache_lookups_total{cache="document",result="hit"}"#) >= hits + 3)
        #expect(try value(#"rectify_http_responses_total{code="200"}"#) >= ok + 6)
    }

    @Test func metricsCountResponsesTheHTTPServerSendsItself() throws {
        let service = try ServiceHarness.service()
        func count(_ code: Int) throws -> Int { try service.metric("rectify_http_responses_total{code=\"\(code)\"}") ?? -1 }
        let (notFound, tooLarge, headTooLarge) = (try count(404), try count(413), try count(431))
        #expect(try service.get("/nowhere").status == 404)
        // A declared length over the limit is refused from the head, before any body byte.
        let big = try HTTPTestClient.request(port: service.port, method: "POST", target: "/graphql",
                                             headers: [("Content-Type", "application/json"), ("Content-Length", String(2 << 20))])
        #expect(big.status == 413)
        #expect(try service.get("/graphql", headers: [("X-Padding", String(repeating: "a", count: 40_000))]).status == 431)
        // Other tests share the server: at least one more each.
        #expect(try count(404) > notFound)
        #expect(try count(413) > tooLarge)
        #expect(try count(431) > headTooLarge)
    }

    @Test func anUnknownPathIs404() throws {
        #expect(try ServiceHarness.service().get("/nowhere").status == 404)
    }

    @Test func responsesWithoutDebugHaveNoExtensions() throws {
        let service = try TestService(database: SeedDatabase.configuration.get())
        defer { service.stop() }
        let response = try service.graphQL("{ findings { totalCount } }")
        #expect(try response.json().keys == ["data"])
    }
}
