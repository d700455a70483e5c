import CLinux
import Glibc

/// An IPv4 or IPv6 socket address, as bound by a listener or reported for a peer.
package struct SocketAddress: Sendable, CustomStringConvertible {
    private enum Storage {
        case ipv4(sockaddr_in)
        case ipv6(sockaddr_in6)
    }

    private let storage: Storage

    private init(_ storage: Storage) {
        self.storage = storage
    }

    /// Resolves a numeric host (`127.0.0.1`, `::`, `[::1]`) or a name (`localhost`) and a port.
    ///
    /// Names go through `getaddrinfo`, which may block: this is meant for start-up, not for the
    /// event loop.
    package init(host: String, port: Int) throws(HTTPServerError) {
        guard (0...65535).contains(port) else { throw .invalidPort(port) }
        var name = host
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.isEmpty { name = "0.0.0.0" }

        var v4 = sockaddr_in()
        if inet_pton(AF_INET, name, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = in_port_t(UInt16(port).bigEndian)
            self = SocketAddress(.ipv4(v4))
            return
        }
        var v6 = sockaddr_in6()
        if inet_pton(AF_INET6, name, &v6.sin6_addr) == 1 {
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = in_port_t(UInt16(port).bigEndian)
            self = SocketAddress(.ipv6(v6))
            return
        }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &list) == 0, let first = list else {
            throw .invalidHost(host)
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            if let address = current.pointee.ai_addr {
                if current.pointee.ai_family == AF_INET {
                    var found = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee }
                    found.sin_port = in_port_t(UInt16(port).bigEndian)
                    self = SocketAddress(.ipv4(found))
                    return
                }
                if current.pointee.ai_family == AF_INET6 {
                    var found = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee }
                    found.sin6_port = in_port_t(UInt16(port).bigEndian)
                    self = SocketAddress(.ipv6(found))
                    return
                }
            }
            entry = current.pointee.ai_next
        }
        throw .invalidHost(host)
    }

    /// Reads the address out of storage filled by `accept` or `getsockname`.
    init?(storage: sockaddr_storage) {
        var storage = storage
        switch Int32(storage.ss_family) {
        case AF_INET:
            self = SocketAddress(.ipv4(withUnsafeBytes(of: &storage) { $0.load(as: sockaddr_in.self) }))
        case AF_INET6:
            self = SocketAddress(.ipv6(withUnsafeBytes(of: &storage) { $0.load(as: sockaddr_in6.self) }))
        default:
            return nil
        }
    }

    package var family: Int32 {
        switch storage {
        case .ipv4: AF_INET
        case .ipv6: AF_INET6
        }
    }

    package var port: Int {
        switch storage {
        case .ipv4(let address): Int(UInt16(bigEndian: address.sin_port))
        case .ipv6(let address): Int(UInt16(bigEndian: address.sin6_port))
        }
    }

    /// The numeric host, without brackets.
    package var host: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        switch storage {
        case .ipv4(var address):
            _ = inet_ntop(AF_INET, &address.sin_addr, &buffer, socklen_t(buffer.count))
        case .ipv6(var address):
            _ = inet_ntop(AF_INET6, &address.sin6_addr, &buffer, socklen_t(buffer.count))
        }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    package var description: String {
        switch storage {
        case .ipv4: "\(host):\(port)"
        case .ipv6: "[\(host)]:\(port)"
        }
    }

    /// The same address with another port.
    func with(port: Int) -> SocketAddress {
        switch storage {
        case .ipv4(var address):
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            return SocketAddress(.ipv4(address))
        case .ipv6(var address):
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            return SocketAddress(.ipv6(address))
        }
    }

    /// Calls `body` with the address as a `sockaddr` pointer and its length.
    func withSockAddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        switch storage {
        case .ipv4(var address):
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        case .ipv6(var address):
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
    }
}
