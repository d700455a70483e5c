import HTTPServer

/// `GET /schema.graphql`: the SDL the server loaded, as `text/plain; charset=utf-8`, for code
/// generators and people.
struct SchemaRoute: HTTPHandler {
    let context: RouteContext
    private let body: [UInt8]

    init(context: RouteContext) {
        self.context = context
        body = Array(context.service.sdl.utf8)
    }

    func handle(_ request: HTTPRequest, _ responder: HTTPResponder) {
        context.send(HTTPResponse(status: .ok, contentType: "text/plain; charset=utf-8", body: body), responder)
    }
}
