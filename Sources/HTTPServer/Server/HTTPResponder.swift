/// How a handler answers one request: at once, later, or as a stream.
///
/// ``respond(_:)`` may be called from any thread (it hops to the loop); everything else must be
/// called on ``eventLoop``'s thread, where the handler was called, and traps elsewhere.
///
/// `@unchecked Sendable` invariant: the slot it wraps is only touched on `eventLoop`'s thread;
/// `respond` hops there and every other member checks it.
package struct HTTPResponder: @unchecked Sendable {
    private let slot: ResponseSlot
    /// The loop the connection lives on; slow work should finish here.
    package let eventLoop: EventLoop

    init(slot: ResponseSlot, eventLoop: EventLoop) {
        self.slot = slot
        self.eventLoop = eventLoop
    }

    /// Identifies the request in the access log.
    package var requestID: RequestID { slot.id }

    /// Sends a whole response. Callable from any thread; ignored after cancellation.
    package func respond(_ response: HTTPResponse) {
        if eventLoop.inEventLoop {
            slot.respond(response)
        } else {
            eventLoop.execute { self.slot.respond(response) }
        }
    }

    /// Sends the head now and returns the stream the body is written to (chunked for HTTP/1.1,
    /// until-close for HTTP/1.0). Loop thread only.
    package func startStreaming(status: HTTPStatus = .ok, headers: HTTPHeaders = [:]) -> HTTPBodyStream {
        eventLoop.preconditionInEventLoop()
        slot.startStreaming(status: status, headers: headers)
        return HTTPBodyStream(slot: slot, eventLoop: eventLoop)
    }

    /// Whether the client went away before the response was complete. Loop thread only.
    package var isCancelled: Bool {
        eventLoop.preconditionInEventLoop()
        return slot.isCancelled
    }

    /// Calls `handler` on the loop thread if the client goes away before the response is
    /// complete (on the next iteration if it already has). Loop thread only.
    ///
    /// "Goes away" includes the client closing its sending side while the response is pending
    /// (a TCP half-close looks the same as a close until the server writes); browsers and HTTP
    /// libraries do not half-close while waiting, so this is how abandoned requests show up.
    package func onCancel(_ handler: @escaping () -> Void) {
        eventLoop.preconditionInEventLoop()
        slot.onCancel(handler)
    }
}
