import HTTPServer
import Testing

/// Ambiguous or malformed framing over a socket: an error status, then the connection closed,
/// so nothing smuggled after it is ever read as a request.
@Suite struct ServerFramingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: String
        let status: Int
        var testDescription: String { name }
    }

    static let smuggling: [Case] = [
        Case(name: "CL and TE", request: "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 400),
        Case(name: "duplicate CL", request: "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\nContent-Length: 40\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 400),
        Case(name: "bad chunk size", request: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5g\r\nhello\r\n0\r\n\r\n", status: 400),
        Case(name: "TE not chunked", request: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: identity\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 400),
        Case(name: "TE gzip, chunked", request: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", status: 501),
        Case(name: "obs-fold", request: "GET /hello HTTP/1.1\r\nHost: t\r\nX: a\r\n b\r\n\r\n", status: 400),
        Case(name: "space before colon", request: "GET /hello HTTP/1.1\r\nHost : t\r\n\r\n", status: 400),
        Case(name: "missing host", request: "GET /hello HTTP/1.1\r\n\r\n", status: 400),
        Case(name: "HTTP/3.0", request: "GET /hello HTTP/3.0\r\nHost: t\r\n\r\n", status: 505),
    ]

    @Test(arguments: smuggling)
    func answersWithAnErrorAndClosesTheConnection(_ testCase: Case) async throws {
        try await withServer { port, _ in
            let (response, closed) = try await blocking {
                let client = try TestClient(port: port)
                let response = try client.request(testCase.request)
                return (response, client.waitForClose())
            }
            #expect(response.status == testCase.status)
            #expect(response.header("Connection") == "close")
            #expect(closed, "the connection stayed open after \(testCase.name)")
        }
    }
}
