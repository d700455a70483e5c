/// Why the server could not start.
package enum HTTPServerError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The host is neither a numeric address nor a name that resolves.
    case invalidHost(String)
    /// The port is outside 0...65535.
    case invalidPort(Int)
    /// A socket, bind or listen call failed (the port is taken, the address is not local, ...).
    case cannotListen(address: String, reason: String)
    /// An event loop could not be created.
    case cannotStartEventLoop(reason: String)
    /// The signal handlers or their eventfd could not be set up.
    case cannotInstallSignalHandlers(reason: String)
    /// ``HTTPServer/start()`` was called twice.
    case alreadyStarted

    package var description: String {
        switch self {
        case .invalidHost(let host): "invalid host '\(host)': not an IP address or a resolvable name"
        case .invalidPort(let port): "invalid port \(port): must be 0...65535"
        case .cannotListen(let address, let reason): "cannot listen on \(address): \(reason)"
        case .cannotStartEventLoop(let reason): "cannot start an event loop: \(reason)"
        case .cannotInstallSignalHandlers(let reason): "cannot install signal handlers: \(reason)"
        case .alreadyStarted: "the server was already started"
        }
    }
}
