/// The request-line `method SP request-target SP HTTP-version` (RFC 9112 §3), with the target
/// split into path and decoded query.
struct RequestLine {
    var method: HTTPMethod
    var target: String
    var path: String
    var queryItems: [QueryItem]
    var version: HTTPVersion
    /// The authority of an absolute-form target, which replaces `Host` (RFC 9112 §3.2.2).
    var authority: String?

    init(_ line: UnsafeRawBufferPointer) throws(HTTPParseError) {
        guard let firstSpace = line.firstIndex(of: 0x20) else { throw HTTPParseError(.invalidRequestLine) }
        let methodBytes = UnsafeRawBufferPointer(rebasing: line[0..<firstSpace])
        guard !methodBytes.isEmpty, methodBytes.allSatisfy(ByteClass.isTokenCharacter) else {
            throw HTTPParseError(.invalidMethod)
        }
        let rest = UnsafeRawBufferPointer(rebasing: line[(firstSpace + 1)...])
        // One SP on each side of the target; anything else is not a valid request-line.
        guard rest.count >= 9, rest[rest.count - 9] == 0x20 else { throw HTTPParseError(.invalidRequestLine) }
        let targetBytes = UnsafeRawBufferPointer(rebasing: rest[0..<(rest.count - 9)])
        version = try Self.version(UnsafeRawBufferPointer(rebasing: rest[(rest.count - 8)...]))
        method = HTTPMethod(bytes: methodBytes)
        guard !targetBytes.isEmpty, targetBytes.allSatisfy(ByteClass.isTargetCharacter) else {
            throw HTTPParseError(.invalidTarget)
        }
        target = String(decoding: targetBytes, as: UTF8.self)
        authority = nil
        (path, queryItems) = ("", [])

        if targetBytes.count == 1, targetBytes[0] == UInt8(ascii: "*") {
            // asterisk-form is for server-wide OPTIONS only (RFC 9112 §3.2.4).
            guard method == .options else { throw HTTPParseError(.invalidTarget) }
            path = "*"
            return
        }
        var pathAndQuery = targetBytes
        if targetBytes[0] != UInt8(ascii: "/") {
            // absolute-form: a server MUST accept it (RFC 9112 §3.2.2).
            let (authority, remainder) = try Self.splitAbsolute(targetBytes)
            self.authority = authority
            pathAndQuery = remainder
        }
        let questionMark = pathAndQuery.firstIndex(of: UInt8(ascii: "?")) ?? pathAndQuery.count
        let pathBytes = UnsafeRawBufferPointer(rebasing: pathAndQuery[0..<questionMark])
        if pathBytes.isEmpty {
            path = "/"
        } else {
            guard let decoded = PercentDecoding.decode(pathBytes, plusAsSpace: false) else {
                throw HTTPParseError(.invalidPercentEncoding)
            }
            path = decoded
        }
        if questionMark < pathAndQuery.count {
            let query = UnsafeRawBufferPointer(rebasing: pathAndQuery[(questionMark + 1)...])
            guard let items = PercentDecoding.decodeQuery(query) else { throw HTTPParseError(.invalidPercentEncoding) }
            queryItems = items
        }
    }

    /// `HTTP/1.x`; another major version gets 505, and a later 1.x minor is treated as 1.1
    /// (RFC 9110 §6.2).
    private static func version(_ bytes: UnsafeRawBufferPointer) throws(HTTPParseError) -> HTTPVersion {
        guard bytes.count == 8, bytes[0] == UInt8(ascii: "H"), bytes[1] == UInt8(ascii: "T"),
              bytes[2] == UInt8(ascii: "T"), bytes[3] == UInt8(ascii: "P"), bytes[4] == UInt8(ascii: "/"),
              bytes[6] == UInt8(ascii: "."),
              case let major = bytes[5] &- UInt8(ascii: "0"), major < 10,
              case let minor = bytes[7] &- UInt8(ascii: "0"), minor < 10 else {
            throw HTTPParseError(.invalidRequestLine)
        }
        guard major == 1 else { throw HTTPParseError(.unsupportedVersion) }
        return minor == 0 ? .http1_0 : .http1_1
    }

    /// Splits `http://authority/path?query` into the authority and the path-and-query.
    private static func splitAbsolute(_ target: UnsafeRawBufferPointer) throws(HTTPParseError) -> (String, UnsafeRawBufferPointer) {
        var schemeEnd = 0
        while schemeEnd < target.count, target[schemeEnd] != UInt8(ascii: ":") { schemeEnd += 1 }
        let scheme = UnsafeRawBufferPointer(rebasing: target[0..<schemeEnd])
        guard HeadParser.equalsLowercase(scheme, "http") || HeadParser.equalsLowercase(scheme, "https"),
              target.count >= schemeEnd + 3, target[schemeEnd + 1] == UInt8(ascii: "/"), target[schemeEnd + 2] == UInt8(ascii: "/") else {
            throw HTTPParseError(.invalidTarget)
        }
        let authorityStart = schemeEnd + 3
        var authorityEnd = authorityStart
        while authorityEnd < target.count, target[authorityEnd] != UInt8(ascii: "/"), target[authorityEnd] != UInt8(ascii: "?") {
            authorityEnd += 1
        }
        let authority = UnsafeRawBufferPointer(rebasing: target[authorityStart..<authorityEnd])
        // userinfo is deprecated for http(s) (RFC 9110 §4.2.4) and an empty host is invalid.
        guard !authority.isEmpty, !authority.contains(UInt8(ascii: "@")) else { throw HTTPParseError(.invalidTarget) }
        return (String(decoding: authority, as: UTF8.self), UnsafeRawBufferPointer(rebasing: target[authorityEnd...]))
    }
}
