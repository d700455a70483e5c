/// Answers requests. Called on the connection's event loop thread, once per request.
///
/// A handler must not block: it answers at once through the responder, or starts slow work
/// (a database query watched on the same loop, a timer, another thread) and answers later. Every
/// request must get exactly one response unless the responder reports ``HTTPResponder/isCancelled``.
package protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest, _ responder: HTTPResponder)
}

/// A handler made from a closure.
package struct HTTPHandlerFunction: HTTPHandler {
    private let body: @Sendable (HTTPRequest, HTTPResponder) -> Void

    package init(_ body: @escaping @Sendable (HTTPRequest, HTTPResponder) -> Void) {
        self.body = body
    }

    package func handle(_ request: HTTPRequest, _ responder: HTTPResponder) {
        body(request, responder)
    }
}
