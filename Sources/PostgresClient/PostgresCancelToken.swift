internal import CLibPQ

/// Cancels whatever statement its connection is running, from any thread.
///
/// Wraps libpq's `PGcancel` (https://www.postgresql.org/docs/15/libpq-cancel.html), which holds the
/// backend's process ID and secret key and opens a separate connection to deliver the request.
/// libpq documents `PQcancel` as safe to call from a thread other than the one using the
/// connection, and the `PGcancel` as read-only during the call: hence `@unchecked Sendable`.
/// Cancelling is a request: the statement fails with `57014 query_canceled` if it was still running.
package final class PostgresCancelToken: @unchecked Sendable {
    private let handle: OpaquePointer

    init(owning handle: OpaquePointer) { self.handle = handle }

    deinit { PQfreeCancel(handle) }

    /// Sends the cancel request; throws when it could not be delivered.
    package func cancel() throws(PostgresError) {
        var message = [CChar](repeating: 0, count: 256)
        let delivered = message.withUnsafeMutableBufferPointer { buffer in
            PQcancel(handle, buffer.baseAddress, Int32(buffer.count))
        }
        guard delivered == 1 else {
            let reason = message.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw .client(reason: "cancel request failed: \(reason)")
        }
    }
}
