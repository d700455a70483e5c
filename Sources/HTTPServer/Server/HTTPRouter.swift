/// Dispatches requests by exact path, then method: 404 for an unknown path, 405 with `Allow`
/// for a known path and another method (RFC 9110 §15.5.6).
///
/// `HEAD` is answered by the `GET` handler when no `HEAD` route exists (the server drops the
/// body, RFC 9110 §9.3.2); `OPTIONS` on a known path is answered with 204 and `Allow`.
package struct HTTPRouter: HTTPHandler {
    private var routes: [String: [HTTPMethod: any HTTPHandler]] = [:]

    package init() {}

    /// Routes `method` requests for exactly `path` (decoded, without the query) to `handler`.
    package mutating func add(_ method: HTTPMethod, _ path: String, _ handler: some HTTPHandler) {
        routes[path, default: [:]][method] = handler
    }

    /// Routes `method` requests for exactly `path` to a closure.
    package mutating func add(
        _ method: HTTPMethod, _ path: String, _ handler: @escaping @Sendable (HTTPRequest, HTTPResponder) -> Void
    ) {
        add(method, path, HTTPHandlerFunction(handler))
    }

    package func handle(_ request: HTTPRequest, _ responder: HTTPResponder) {
        guard let methods = routes[request.path] else {
            responder.respond(.text("Not Found\n", status: .notFound))
            return
        }
        if let handler = methods[request.method] ?? (request.method == .head ? methods[.get] : nil) {
            handler.handle(request, responder)
            return
        }
        let allow = Self.allowValue(for: methods)
        if request.method == .options {
            responder.respond(HTTPResponse(status: .noContent, headers: ["Allow": allow]))
        } else {
            var response = HTTPResponse.text("Method Not Allowed\n", status: .methodNotAllowed)
            response.headers.add(name: "Allow", value: allow)
            responder.respond(response)
        }
    }

    /// The methods a path answers, `HEAD` implied by `GET` and `OPTIONS` always, sorted.
    static func allowValue(for methods: [HTTPMethod: any HTTPHandler]) -> String {
        var names = Set(methods.keys.map(\.rawValue))
        if names.contains("GET") { names.insert("HEAD") }
        names.insert("OPTIONS")
        return names.sorted().joined(separator: ", ")
    }
}
