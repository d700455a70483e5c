import Glibc
import GraphQLLanguage

/// A blocking HTTP/1.1 client over a loopback socket, for the service's end-to-end tests.
///
/// Every read and write has a socket timeout, so a test never hangs on a server that does not
/// answer; responses are read by `Content-Length` (the service never streams).
final class HTTPTestConnection {
    private let descriptor: Int32
    private var buffered: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(port: Int, timeout: Duration = .seconds(15)) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var interval = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to port \(port): errno \(errno)") }
    }

    deinit { Glibc.close(descriptor) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "send: errno \(errno)")
            }
            offset += sent
        }
    }

    /// Resets the connection (RST), as a client that gives up abruptly does.
    func reset() {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Reads one response; `headOnly` for the answer to a HEAD request, which has no body.
    func readResponse(headOnly: Bool = false) throws -> HTTPTestResponse {
        let head = try readHead()
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line \(lines.first.map(String.init) ?? "")")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "bad header line \(line)") }
            headers.append((String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " })))
        }
        var response = HTTPTestResponse(status: status, headers: headers, body: [])
        if headOnly || status < 200 || status == 204 || status == 304 { return response }
        if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            response.body = try readChunkedBody()
            return response
        }
        guard let length = response.header("Content-Length").flatMap({ Int($0) }) else {
            throw Failure(description: "response without Content-Length")
        }
        while buffered.count < length {
            guard try fill() else { throw Failure(description: "connection closed after \(buffered.count) of \(length) body bytes") }
        }
        response.body = Array(buffered[..<length])
        buffered.removeFirst(length)
        return response
    }

    /// A chunked body (RFC 9112 §7.1): chunks until the last, empty one and the trailer section;
    /// throws when the connection ends first, as a truncated body must not pass for a whole one.
    private func readChunkedBody() throws -> [UInt8] {
        var body: [UInt8] = []
        var cursor = 0
        func line() throws -> String {
            while true {
                if let end = buffered[cursor...].firstIndex(of: UInt8(ascii: "\n")) {
                    let text = String(decoding: buffered[cursor..<end], as: UTF8.self)
                    cursor = end + 1
                    return text.hasSuffix("\r") ? String(text.dropLast()) : text
                }
                guard try fill() else { throw Failure(description: "connection closed inside a chunked body after \(body.count) bytes") }
            }
        }
        while true {
            let sizeText = try line().split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.filter { $0 != " " && $0 != "\t" }, radix: 16) else {
                throw Failure(description: "bad chunk size line \(sizeText)")
            }
            if size == 0 { break }
            while buffered.count - cursor < size + 2 {
                guard try fill() else { throw Failure(description: "connection closed inside a chunk after \(body.count) bytes") }
            }
            body.append(contentsOf: buffered[cursor..<cursor + size])
            cursor += size + 2
        }
        while try !line().isEmpty {}
        buffered.removeFirst(cursor)
        return body
    }

    /// Whether the server closed the connection (end of input) within the receive timeout.
    func closedByServer() -> Bool {
        (try? fill()) == false
    }

    private func readHead() throws -> String {
        // Bounded: at most 64 KiB of head.
        while true {
            if let end = headEnd() {
                let head = String(decoding: buffered[..<end], as: UTF8.self)
                buffered.removeFirst(end + 4)
                return head
            }
            guard buffered.count < 65536 else { throw Failure(description: "response head too long") }
            guard try fill() else { throw Failure(description: "connection closed before a response") }
        }
    }

    private func headEnd() -> Int? {
        guard buffered.count >= 4 else { return nil }
        for index in 0...(buffered.count - 4) where buffered[index] == 13 && buffered[index + 1] == 10
            && buffered[index + 2] == 13 && buffered[index + 3] == 10 {
            return index
        }
        return nil
    }

    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress!, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: errno == EAGAIN ? "timed out waiting for the server" : "recv: errno \(errno)")
            }
            if count == 0 { return false }
            buffered += chunk[0..<count]
            return true
        }
    }
}

/// A response as the tests inspect it.
struct HTTPTestResponse: CustomStringConvertible {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as JSON; throws when it is not.
    func json() throws -> JSONValue {
        try JSONParser.parse(body)
    }

    var description: String { "\(status) \(header("Content-Type") ?? "-") \(text.prefix(300))" }
}

/// One-shot requests, each on a connection of its own.
enum HTTPTestClient {
    static func request(port: Int, method: String = "GET", target: String, headers: [(String, String)] = [],
                        body: [UInt8]? = nil) throws -> HTTPTestResponse {
        let connection = try HTTPTestConnection(port: port)
        try connection.send(requestBytes(method: method, target: target, headers: headers, body: body))
        return try connection.readResponse()
    }

    static func requestBytes(method: String, target: String, headers: [(String, String)], body: [UInt8]?) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        return Array((head + "\r\n").utf8) + (body ?? [])
    }

    /// A POST of `{"query": …, "variables": …, "operationName": …}` as `application/json`.
    static func graphQL(port: Int, _ query: String, variables: String? = nil, operationName: String? = nil,
                        accept: String? = nil) throws -> HTTPTestResponse {
        var headers = [("Content-Type", "application/json")]
        if let accept { headers.append(("Accept", accept)) }
        return try request(port: port, method: "POST", target: "/graphql", headers: headers,
                           body: body(query, variables: variables, operationName: operationName))
    }

    static func body(_ query: String, variables: String? = nil, operationName: String? = nil) -> [UInt8] {
        var body = Array(#"{"query":"#.utf8)
        JSONWriter.writeString(query, into: &body)
        if let variables { body += Array(#","variables":"#.utf8) + Array(variables.utf8) }
        if let operationName {
            body += Array(#","operationName":"#.utf8)
            JSONWriter.writeString(operationName, into: &body)
        }
        return body + [UInt8(ascii: "}")]
    }

    /// `/graphql?query=…&…` with each value percent-encoded.
    static func getTarget(_ parameters: [(String, String)]) -> String {
        "/graphql?" + parameters.map { "\($0.0)=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    static func percentEncoded(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            let unreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "~")
            if unreserved {
                output.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return output
    }
}
