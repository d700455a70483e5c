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
    static func json(_ body: [UInt8], status: HTTPStatus, contentType: String = "application/json; charset=utf-8") -> HTTPResponse {
        HTTPResponse(status: status, contentType: contentType, body: body, headers: ["Cache-Control": "no-store"])
    }
}
