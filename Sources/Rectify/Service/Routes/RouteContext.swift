import HTTPServer

/// What every route shares: the per-loop state, the metrics, and one way to send a response.
///
/// Responses are counted by status where the HTTP server finishes them
/// (``HTTPServerConfiguration/onResponse``), so those it sends itself (413, 431, 408, 404, 405)
/// are counted too.
struct RouteContext: Sendable {
    let loops: EventLoopLocal<LoopService>
    let metrics: Metrics
    let service: GraphQLService
    let debugExtensions: Bool

    func send(_ response: HTTPResponse, _ responder: HTTPResponder) {
        responder.respond(response)
    }

    /// The loop's state; nil only while the server is starting or after it stopped.
    func local(_ responder: HTTPResponder) -> LoopService? {
        loops.value(on: responder.eventLoop)
    }

    /// A JSON body with `Cache-Control: no-store`: answers about live data must not be cached.
    static func json(_ body: [UInt8], status: HTTPStatus, contentType: String = ResponseMediaType.json.contentType) -> HTTPResponse {
        let headers: HTTPHeaders = switch contentType {
        case ResponseMediaType.json.contentType: jsonHeaders
        case ResponseMediaType.graphQLResponse.contentType: graphQLResponseHeaders
        default: ["Cache-Control": "no-store", "Content-Type": contentType]
        }
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    /// The header fields of nearly every response, built once rather than per request.
    private static let jsonHeaders: HTTPHeaders = ["Cache-Control": "no-store", "Content-Type": ResponseMediaType.json.contentType]
    private static let graphQLResponseHeaders: HTTPHeaders = [
        "Cache-Control": "no-store", "Content-Type": ResponseMediaType.graphQLResponse.contentType,
    ]
}
