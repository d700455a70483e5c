import Foundation
import GraphQLLanguage
import PostgresClient
@testable import Rectify
import Testing

/// `RECTIFY_MAX_RESPONSE_BYTES`: answers up to the limit arrive whole, larger ones are refused
/// with `RESPONSE_TOO_LARGE` before a byte of them is sent, and the server stays usable.
@Suite(.serialized) struct ServiceResponseLimitTests {
    static let findingsPage = """
        query Page($first: Int!) {
          findings(first: $first, orderBy: [{ field: NUMBER }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node {
                id number category title status longTerm progress p2: progress p3: progress p4: progress
                inspection { id title }
                units { totalCount edges { role node { id key name kind } } }
              }
            }
          }
        }
        """

    /// A server over the seed database with `configure` applied.
    static func service(_ configure: (inout ServiceConfiguration) -> Void) throws -> TestService {
        try TestService(database: SeedDatabase.configuration.get(), configure: configure)
    }

    @Test func aRootFieldOverTheLimitIsRefusedWithItsCodeAndTheLimitNamed() async throws { try await Self.onOwnThread(Self.aRootFieldOverTheLimitIsRefusedWithItsCodeAndTheLimitNamedBody) }

    @Sendable static func aRootFieldOverTheLimitIsRefusedWithItsCodeAndTheLimitNamedBody() throws {
        let service = try Self.service { $0.maxResponseBytes = 2048 }
        defer { service.stop() }
        let response = try service.graphQL(Self.findingsPage, variables: #"{"first": 60}"#,
                                           accept: "application/graphql-response+json")
        #expect(response.status == 200)
        let json = try response.json()
        #expect(json.keys == ["errors", "data"])
        #expect(json["data"] == .null)
        #expect(try ServiceHarness.codes(response) == ["RESPONSE_TOO_LARGE"])
        let message = try #require(try ServiceHarness.messages(response).first)
        #expect(message.contains("the maximum is 2048 bytes (RECTIFY_MAX_RESPONSE_BYTES)"))
        #expect(message.contains("smaller pages"))
        // The refusal left the connection at rest: a small answer on the same server still comes.
        let small = try service.data("{ findings(first: 1, orderBy: [{ field: NUMBER }]) { nodes { number } } }")
        #expect(small["findings"]?["nodes"]?.array.first?["number"] == .number("1"))
    }

    /// Each root field fits on its own; together they do not. PostgreSQL cannot see that (one
    /// statement per field), the job adding up the values as they arrive does.
    @Test func rootFieldsThatFitAloneButNotTogetherAreRefused() async throws { try await Self.onOwnThread(Self.rootFieldsThatFitAloneButNotTogetherAreRefusedBody) }

    @Sendable static func rootFieldsThatFitAloneButNotTogetherAreRefusedBody() throws {
        let service = try Self.service { $0.maxResponseBytes = 2000 }
        defer { service.stop() }
        let one = "findings(first: 8, orderBy: [{ field: NUMBER }]) { nodes { number title } }"
        let single = try service.graphQL("{ \(one) }")
        #expect(try single.json()["errors"] == nil, "\(single)")
        #expect(single.body.count > 700 && single.body.count < 2000, "one field alone: \(single.body.count) bytes")
        let response = try service.graphQL("{ a: \(one) b: \(one) c: \(one) }")
        #expect(try ServiceHarness.codes(response) == ["RESPONSE_TOO_LARGE"], "\(response)")
        #expect(try response.json()["data"] == .null)
    }

    @Test func anAnswerUpToTheLimitIsTheSameAsWithoutOne() async throws { try await Self.onOwnThread(Self.anAnswerUpToTheLimitIsTheSameAsWithoutOneBody) }

    @Sendable static func anAnswerUpToTheLimitIsTheSameAsWithoutOneBody() throws {
        let query = "{ findings(first: 51, orderBy: [{ field: NUMBER }]) { totalCount nodes { id number title progress } } }"
        let unlimited = try ServiceHarness.service().graphQL(query)
        let size = unlimited.body.count
        // The shared server has RECTIFY_DEBUG on, which adds extensions; compare the data only.
        let expected = try #require(try unlimited.json()["data"])
        let service = try Self.service { $0.maxResponseBytes = size + 64 }
        defer { service.stop() }
        let limited = try service.graphQL(query)
        #expect(try limited.json()["errors"] == nil, "\(limited)")
        #expect(try limited.json()["data"] == expected)
    }

    /// Sixty copies of every seed finding's text: over a megabyte, so the body is streamed.
    static let streamedQuery = "{ " + (1...60).map { "f\($0): findings(first: 51, orderBy: [{ field: NUMBER }]) { nodes { number title progress } }" }
        .joined(separator: " ") + " }"

    @Test func aLargeAnswerIsStreamedChunkedWithTheSameDataAsAnyOther() async throws { try await Self.onOwnThread(Self.aLargeAnswerIsStreamedChunkedWithTheSameDataAsAnyOtherBody) }

    @Sendable static func aLargeAnswerIsStreamedChunkedWithTheSameDataAsAnyOtherBody() throws {
        let service = try Self.service { configuration in
            configuration.eventLoopCount = 1
            configuration.limits.maximumAliases = 100
        }
        defer { service.stop() }
        let response = try service.graphQL(Self.streamedQuery)
        #expect(response.body.count > DataResponseStream.threshold)
        #expect(response.header("Transfer-Encoding") == "chunked")
        #expect(response.header("Cache-Control") == "no-store")
        let json = try response.json()
        #expect(json["errors"] == nil)
        let single = try service.data("{ findings(first: 51, orderBy: [{ field: NUMBER }]) { nodes { number title progress } } }")
        #expect(json["data"]?["f1"] == single["findings"])
        #expect(json["data"]?["f60"] == single["findings"])
        // Counted once, by the HTTP server's response hook, like every other response.
        #expect(try service.metric(#"rectify_http_responses_total{code="200"}"#) == 2)
    }

    @Test func aClientLeavingDuringAStreamedAnswerLeavesTheServerUsable() async throws { try await Self.onOwnThread(Self.aClientLeavingDuringAStreamedAnswerLeavesTheServerUsableBody) }

    @Sendable static func aClientLeavingDuringAStreamedAnswerLeavesTheServerUsableBody() throws {
        let service = try Self.service { configuration in
            configuration.eventLoopCount = 1
            configuration.poolSize = 1
            configuration.limits.maximumAliases = 100
        }
        defer { service.stop() }
        for _ in 0..<3 {
            let connection = try HTTPTestConnection(port: service.port)
            try connection.send(HTTPTestClient.requestBytes(method: "POST", target: "/graphql", headers: [("Content-Type", "application/json")],
                                                            body: HTTPTestClient.body(Self.streamedQuery)))
            let head = try connection.readResponse(headOnly: true)
            #expect(head.header("Transfer-Encoding") == "chunked")
            connection.reset()
        }
        let after = try service.data("{ findings(first: 1, orderBy: [{ field: NUMBER }]) { nodes { number } } }")
        #expect(after["findings"]?["nodes"]?.array.first?["number"] == .number("1"))
    }

    /// Tens of megabytes at a raised maximum page size: delivered whole, valid JSON, every node.
    @Test func anAnswerOfTensOfMegabytesArrivesCompleteAndValid() async throws {
        try await Self.onOwnThread(Self.answerOfTensOfMegabytes)
    }

    /// Runs a test's blocking work (sockets, seconds of generating and parsing for the largest)
    /// on a thread of its own, so the two-core machine's cooperative pool stays free for the
    /// async tests running meanwhile, whose timing it would otherwise stretch.
    static func onOwnThread(_ body: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }

    @Sendable static func answerOfTensOfMegabytes() throws {
        let findings = 15_000
        try ScratchDatabase.with { database in
            let connection = try database.migrated()
            _ = try NoticeImporter(gazetteerPath: Fixtures.gazetteer.path).importFiles([Fixtures.seedNotice.path], to: connection)
            _ = try GeneratorTests.generate(connection, seed: 21, findings: findings)
            let total = try #require(Int(try connection.value("SELECT count(*) FROM findings")))
            let raise = { (configuration: inout ServiceConfiguration) in
                configuration.limits.maximumPageSize = 20_000
                configuration.limits.maximumCost = 10_000_000
                configuration.statementTimeoutMilliseconds = 60_000
            }
            let service = try TestService(database: database.configuration, configure: raise)
            defer { service.stop() }
            let response = try service.graphQL(Self.findingsPage, variables: #"{"first": 20000}"#)
            #expect(response.status == 200)
            // Streamed from PostgreSQL's result in chunks, never built whole in the server.
            #expect(response.header("Transfer-Encoding") == "chunked")
            #expect(response.header("Content-Length") == nil)
            // Byte for byte what the statement the service sends returns, in the envelope.
            var compileConfiguration = ServiceConfiguration(databaseURL: "unused")
            compileConfiguration.schemaPath = Fixtures.root.appendingPathComponent("schema.graphql").path
            raise(&compileConfiguration)
            let statement = try #require(try CompiledStatement.compile(
                body: CompiledStatementTests.body(Self.findingsPage, variables: #"{"first": 20000}"#), configuration: compileConfiguration).first)
            let value = try connection.query(statement.sql, PostgresParameters(statement.parameters.map { PostgresBind(text: $0) }))[0][0]
            let expected = Array(#"{"data":{"findings":"#.utf8) + (value.withUnsafeBytes { Array($0) } ?? []) + Array("}}".utf8)
            let identical = response.body == expected
            #expect(identical, "streamed \(response.body.count) bytes, the statement's answer is \(expected.count)")
            #expect(response.body.count > 10 << 20, "the answer is \(response.body.count) bytes")
            #expect(response.body.count < 32 << 20, "the answer is \(response.body.count) bytes")
            let json = try response.json()
            #expect(json["errors"] == nil)
            let edges = json["data"]?["findings"]?["edges"]?.array ?? []
            #expect(edges.count == total)
            #expect(json["data"]?["findings"]?["totalCount"] == .number(String(total)))
            #expect(edges.last?["node"]?["units"]?["totalCount"] != nil)

            // The same answer under an 8 MiB limit: refused, and PostgreSQL kept the value back.
            let bounded = try TestService(database: database.configuration) { configuration in
                configuration.limits.maximumPageSize = 20_000
                configuration.limits.maximumCost = 10_000_000
                configuration.statementTimeoutMilliseconds = 60_000
                configuration.maxResponseBytes = 8 << 20
            }
            defer { bounded.stop() }
            let refused = try bounded.graphQL(Self.findingsPage, variables: #"{"first": 20000}"#)
            #expect(try ServiceHarness.codes(refused) == ["RESPONSE_TOO_LARGE"])
            #expect(refused.body.count < 1024, "\(refused)")
        }
    }
}
