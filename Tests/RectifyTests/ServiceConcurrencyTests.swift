import Foundation
import GraphQLLanguage
import Synchronization
import Testing

/// Many clients at once get the same answers as one client asking in turn.
@Suite struct ServiceConcurrencyTests {
    static let queries: [(query: String, variables: String?)] = [
        ("{ findings { totalCount byStatus: groupBy(by: [STATUS]) { key { status } count } } }", nil),
        ("query($n: Int, $after: String) { findings(first: $n, after: $after, orderBy: [{ field: NUMBER }]) { nodes { number title } pageInfo { endCursor } } }",
         #"{"n": 7}"#),
        ("{ units(first: 5, orderBy: [{ field: NAME }]) { nodes { name findings(first: 3) { nodes { number } } } } }", nil),
        (#"{ __type(name: "Finding") { fields { name } } }"#, nil),
        ("query($t: String) { findings(filter: { title: { contains: $t } }) { nodes { number } } }", #"{"t": "党费"}"#),
    ]

    /// Each query's `data` as JSON text, asked one at a time.
    static func sequentialAnswers(_ service: TestService) throws -> [String] {
        try queries.map { try service.data($0.query, variables: $0.variables).jsonText }
    }

    @Test func fiftyConnectionsOfTwentyRequestsAgreeWithSequentialAnswers() throws {
        let service = try ServiceHarness.service()
        let expected = try Self.sequentialAnswers(service)
        let clients = 50, requestsPerClient = 20
        let mismatches = Mutex<[String]>([])
        let finished = DispatchSemaphore(value: 0)
        for client in 0..<clients {
            Thread.detachNewThread {
                defer { finished.signal() }
                do {
                    let connection = try HTTPTestConnection(port: service.port, timeout: .seconds(30))
                    for request in 0..<requestsPerClient {
                        let index = (client + request) % Self.queries.count
                        let (query, variables) = Self.queries[index]
                        try connection.send(HTTPTestClient.requestBytes(
                            method: "POST", target: "/graphql", headers: [("Content-Type", "application/json")],
                            body: HTTPTestClient.body(query, variables: variables)))
                        let response = try connection.readResponse()
                        let data = try response.json()["data"]?.jsonText
                        if response.status != 200 || data != expected[index] {
                            mismatches.withLock { $0.append("client \(client) request \(request): \(response)") }
                        }
                    }
                } catch {
                    mismatches.withLock { $0.append("client \(client): \(error)") }
                }
            }
        }
        for _ in 0..<clients {
            #expect(finished.wait(timeout: .now() + 120) == .success, "a client did not finish within 120 s")
        }
        let found = mismatches.withLock { $0 }
        #expect(found.isEmpty, "\(found.count) mismatches, first: \(found.first ?? "")")
    }
}
