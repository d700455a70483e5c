import CLinux
import Glibc

/// A TCP socket descriptor: listening sockets and accepted connections.
///
/// The only code that calls the BSD socket API; it knows nothing of HTTP.
struct Socket: Sendable {
    let descriptor: FileDescriptor

    /// Opens a non-blocking listening socket bound to `address`.
    ///
    /// `SO_REUSEADDR` lets a restarted server bind while old connections sit in `TIME_WAIT`;
    /// `SO_REUSEPORT` lets each event loop own a listener on the same port so the kernel spreads
    /// incoming connections across loops without a shared accept lock.
    static func listen(on address: SocketAddress, reusePort: Bool, backlog: Int32) throws(IOError) -> Socket {
        let raw = try SystemCall.blocking("socket") {
            Glibc.socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
        let socket = Socket(descriptor: FileDescriptor(rawValue: raw))
        do throws(IOError) {
            try socket.setOption(SOL_SOCKET, SO_REUSEADDR, 1, "setsockopt(SO_REUSEADDR)")
            if reusePort { try socket.setOption(SOL_SOCKET, SO_REUSEPORT, 1, "setsockopt(SO_REUSEPORT)") }
            _ = try SystemCall.blocking("bind") { address.withSockAddr { Glibc.bind(raw, $0, $1) } }
            _ = try SystemCall.blocking("listen") { Glibc.listen(raw, backlog) }
        } catch {
            socket.descriptor.close()
            throw error
        }
        return socket
    }

    /// The address the socket is bound to (the real port after binding port 0).
    func localAddress() throws(IOError) -> SocketAddress {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = try withUnsafeMutablePointer(to: &storage) { pointer throws(IOError) in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address throws(IOError) in
                try SystemCall.blocking("getsockname") { getsockname(descriptor.rawValue, address, &length) }
            }
        }
        guard let address = SocketAddress(storage: storage) else {
            throw IOError(errno: EAFNOSUPPORT, call: "getsockname")
        }
        return address
    }

    /// Accepts one pending connection as a non-blocking, close-on-exec socket.
    func accept() throws(IOError) -> IOResult<Socket> {
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        switch try SystemCall.nonBlocking("accept4", { accept4(descriptor.rawValue, nil, nil, flags) }) {
        case .processed(let raw):
            return .processed(Socket(descriptor: FileDescriptor(rawValue: raw)))
        case .wouldBlock:
            return .wouldBlock
        }
    }

    /// Turns off Nagle's algorithm: responses are written whole, so waiting only adds latency.
    func setNoDelay() {
        try? setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1, "setsockopt(TCP_NODELAY)")
    }

    /// Sends bytes without raising `SIGPIPE` should the peer have gone.
    @inline(__always)
    func send(_ buffer: UnsafeRawPointer, count: Int) throws(IOError) -> IOResult<Int> {
        try SystemCall.nonBlocking("send") { Glibc.send(descriptor.rawValue, buffer, count, Int32(MSG_NOSIGNAL)) }
    }

    /// Closes the sending side (a TCP FIN) while still reading what the peer sends.
    func shutdownWrite() {
        _ = try? SystemCall.blocking("shutdown") { Glibc.shutdown(descriptor.rawValue, Int32(SHUT_WR)) }
    }

    private func setOption(_ level: Int32, _ option: Int32, _ value: Int32, _ name: StaticString) throws(IOError) {
        var value = value
        _ = try SystemCall.blocking(name) {
            setsockopt(descriptor.rawValue, level, option, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }
}
