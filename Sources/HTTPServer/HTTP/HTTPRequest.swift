/// A complete HTTP request: head, body and trailers, as handed to a handler.
package struct HTTPRequest: Sendable {
    package var method: HTTPMethod
    /// The request-target exactly as sent (origin-form `/a?b`, absolute-form, `*`).
    package var target: String
    /// The path, percent-decoded; `"*"` for an asterisk-form OPTIONS request.
    package var path: String
    /// The query's name/value pairs, decoded as `application/x-www-form-urlencoded`.
    package var queryItems: [QueryItem]
    package var version: HTTPVersion
    package var headers: HTTPHeaders
    /// The body, whole: requests are read completely before the handler is called.
    package var body: [UInt8]
    /// Trailer fields sent after a chunked body (RFC 9112 §7.1.2); kept apart from `headers`.
    package var trailers: HTTPHeaders
    /// The host from an absolute-form target or, failing that, the `Host` field.
    package var host: String?
    /// Whether the connection stays open after the response (RFC 9112 §9.3).
    package var keepAlive: Bool

    package init(
        method: HTTPMethod, target: String, path: String? = nil, queryItems: [QueryItem] = [],
        version: HTTPVersion = .http1_1, headers: HTTPHeaders = [:], body: [UInt8] = [],
        trailers: HTTPHeaders = [:], host: String? = nil, keepAlive: Bool = true
    ) {
        self.method = method
        self.target = target
        self.path = path ?? target
        self.queryItems = queryItems
        self.version = version
        self.headers = headers
        self.body = body
        self.trailers = trailers
        self.host = host
        self.keepAlive = keepAlive
    }

    /// The first query value for `name`, or `nil`.
    package func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }
}

/// One `name=value` pair of a query string.
package struct QueryItem: Hashable, Sendable {
    package var name: String
    package var value: String

    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
