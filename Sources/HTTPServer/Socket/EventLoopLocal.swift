/// One value per event loop, each read and written only on its own loop's thread.
///
/// For per-loop state such as a database connection pool: set it from the server's loop start
/// hook, read it in handlers through ``value(on:)`` with the responder's loop.
///
/// `@unchecked Sendable` invariant: slot `i` is only touched on the thread of the loop whose
/// `index` is `i`, which every accessor checks, so no slot is ever shared between threads.
package final class EventLoopLocal<Value>: @unchecked Sendable {
    private var slots: [Value?]

    /// Creates empty slots for loops `0..<count`.
    package init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The value for `loop`; call on `loop`'s thread.
    package func value(on loop: EventLoop) -> Value? {
        loop.preconditionInEventLoop()
        return slots[loop.index]
    }

    /// Sets the value for `loop`; call on `loop`'s thread.
    package func set(_ value: Value?, on loop: EventLoop) {
        loop.preconditionInEventLoop()
        slots[loop.index] = value
    }
}
