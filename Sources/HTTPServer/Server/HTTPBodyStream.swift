/// The body of a streamed response, written in pieces with backpressure. Loop thread only.
///
/// ``write(_:)`` returns `false` once the bytes waiting for the client pass a high watermark;
/// a producer should then stop and resume from ``onWritable(_:)``, so a client that reads
/// slowly holds back the producer instead of growing the server's memory.
///
/// `@unchecked Sendable` invariant: as ``HTTPResponder``, every member checks it runs on
/// `eventLoop`'s thread, the only thread that touches the slot.
package struct HTTPBodyStream: @unchecked Sendable {
    private let slot: ResponseSlot
    package let eventLoop: EventLoop

    init(slot: ResponseSlot, eventLoop: EventLoop) {
        self.slot = slot
        self.eventLoop = eventLoop
    }

    /// Queues body bytes; returns whether the producer may keep writing now.
    @discardableResult
    package func write(_ bytes: [UInt8]) -> Bool {
        eventLoop.preconditionInEventLoop()
        return slot.write(bytes)
    }

    /// Whether writing now would stay under the high watermark.
    package var isWritable: Bool {
        eventLoop.preconditionInEventLoop()
        return slot.isWritable
    }

    /// Calls `handler` once on the loop thread when writing may resume (on the next iteration
    /// if it already may). Not called after cancellation.
    package func onWritable(_ handler: @escaping () -> Void) {
        eventLoop.preconditionInEventLoop()
        slot.onWritable(handler)
    }

    /// Ends the body, with optional trailer fields (HTTP/1.1 only).
    package func finish(trailers: HTTPHeaders = [:]) {
        eventLoop.preconditionInEventLoop()
        slot.finish(trailers: trailers)
    }

    /// Whether the client went away; writes are then dropped.
    package var isCancelled: Bool {
        eventLoop.preconditionInEventLoop()
        return slot.isCancelled
    }
}
