internal import CLibPQ

/// A connection being opened without blocking, advanced by an event loop on readiness.
///
/// Wraps `PQconnectStartParams`/`PQconnectPoll`
/// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-PQCONNECTSTARTPARAMS), so an event
/// loop can reconnect after a server restart without stalling every other request while
/// PostgreSQL is down. Usage mirrors ``PendingQuery``:
///
/// ```swift
/// let pending = try PendingConnection(configuration)
/// var progress = try pending.advance()         // first call: .needsWrite
/// // wait on pending.socket (it may change between steps), then advance() again,
/// // until .connected(connection)
/// ```
///
/// libpq does not apply `connect_timeout` in this mode: the caller gives up when its own
/// deadline passes (dropping the object closes the attempt).
package final class PendingConnection {
    /// What the caller should do next.
    package enum Progress {
        case needsRead
        case needsWrite
        /// Open, with the session settings of a blocking connect.
        case connected(PostgresConnection)
    }

    private var handle: OpaquePointer?
    private let configuration: PostgresConfiguration
    private var polled = false

    /// Starts connecting; throws at once when the parameters are unusable.
    package init(_ configuration: PostgresConfiguration) throws(PostgresError) {
        self.configuration = configuration
        let connection = configuration.withConnectionKeywords { names, values in PQconnectStartParams(names, values, 0) }
        guard let connection else {
            throw .connectionFailed(PostgresConnection.failure(configuration, connection: nil, reason: "libpq is out of memory"))
        }
        guard PQstatus(connection) != CONNECTION_BAD else {
            let failure = PostgresConnection.failure(configuration, connection: connection)
            PQfinish(connection)
            throw .connectionFailed(failure)
        }
        handle = connection
    }

    deinit { if let handle { PQfinish(handle) } }

    /// The socket to wait on for the step ``advance()`` asked for; re-read it after every step.
    package var socket: Int32 { handle.map { PQsocket($0) } ?? -1 }

    /// Advances the handshake (`PQconnectPoll`) as far as it goes without blocking.
    package func advance() throws(PostgresError) -> Progress {
        guard let handle else { preconditionFailure("advance() called on a finished PendingConnection") }
        // Before the first poll, libpq's protocol says to wait for the socket to be writable.
        guard polled else {
            polled = true
            return .needsWrite
        }
        switch PQconnectPoll(handle) {
        case PGRES_POLLING_READING:
            return .needsRead
        case PGRES_POLLING_WRITING:
            return .needsWrite
        case PGRES_POLLING_OK:
            self.handle = nil
            return .connected(PostgresConnection(adopting: handle, configuration: configuration))
        default:
            let failure = PostgresConnection.failure(configuration, connection: handle)
            PQfinish(handle)
            self.handle = nil
            throw .connectionFailed(failure)
        }
    }
}
