/// Which cross-origin browser requests are allowed, and the headers that say so (Fetch
/// standard §3.2, "CORS protocol").
package struct CORSPolicy: Sendable {
    /// The origins a browser may call from.
    package enum Origins: Sendable {
        /// Any origin (`Access-Control-Allow-Origin: *`, or the origin echoed with credentials).
        case any
        /// Exactly these origins, e.g. `https://app.example.org`, compared case-insensitively.
        case list([String])
    }

    /// The request headers a browser may send cross-origin.
    package enum RequestHeaders: Sendable {
        /// Whatever the preflight's `Access-Control-Request-Headers` asks for, echoed back, so
        /// clients that add their own fields (`apollographql-client-name`, `x-request-id`) work.
        /// Echoing rather than answering `*` also covers `Authorization`, which the wildcard never
        /// does (Fetch standard §3.2.3, "CORS-preflight fetch").
        case requested
        /// Exactly these.
        case list([String])
    }

    package var allowedOrigins: Origins
    package var allowedMethods: [HTTPMethod]
    package var allowedHeaders: RequestHeaders
    package var exposedHeaders: [String]
    /// How long a browser may cache a preflight answer, in seconds.
    package var maxAgeSeconds: Int
    /// Whether cookies and HTTP authentication may be sent; never with a literal `*` origin.
    package var allowCredentials: Bool

    package init(
        allowedOrigins: Origins,
        allowedMethods: [HTTPMethod] = [.get, .post, .options],
        allowedHeaders: RequestHeaders = .requested,
        exposedHeaders: [String] = [],
        maxAgeSeconds: Int = 600,
        allowCredentials: Bool = false
    ) {
        self.allowedOrigins = allowedOrigins
        self.allowedMethods = allowedMethods
        self.allowedHeaders = allowedHeaders
        self.exposedHeaders = exposedHeaders
        self.maxAgeSeconds = maxAgeSeconds
        self.allowCredentials = allowCredentials
    }

    /// Whether `request` is a preflight: `OPTIONS` with `Origin` and
    /// `Access-Control-Request-Method`.
    package func isPreflight(_ request: HTTPRequest) -> Bool {
        request.method == .options && request.headers.contains("Origin")
            && request.headers.contains("Access-Control-Request-Method")
    }

    /// The `Access-Control-Allow-Origin` value for `origin`, or `nil` when it is not allowed.
    package func allowOriginValue(for origin: String) -> String? {
        switch allowedOrigins {
        case .any:
            return allowCredentials ? origin : "*"
        case .list(let origins):
            let lowered = origin.lowercased()
            return origins.contains { $0.lowercased() == lowered } ? origin : nil
        }
    }

    /// The answer to a preflight: 204 with the allowed methods, headers and max age when the
    /// origin is allowed, and without any `Access-Control-Allow-*` field when it is not, which
    /// the browser treats as a refusal.
    ///
    /// When the requested headers are echoed, the answer depends on them too, so `Vary` names
    /// `Access-Control-Request-Headers` for caches between browser and server.
    package func preflightResponse(for request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders
        let allowHeaders: String?
        switch allowedHeaders {
        case .requested:
            headers = ["Vary": "Origin, Access-Control-Request-Headers"]
            allowHeaders = request.headers["Access-Control-Request-Headers"].flatMap(CORSPolicy.fieldNameList)
        case .list(let names):
            headers = ["Vary": "Origin"]
            allowHeaders = names.isEmpty ? nil : names.joined(separator: ", ")
        }
        if let origin = request.headers["Origin"], let allowed = allowOriginValue(for: origin) {
            headers.add(name: "Access-Control-Allow-Origin", value: allowed)
            headers.add(name: "Access-Control-Allow-Methods", value: allowedMethods.map(\.rawValue).joined(separator: ", "))
            if let allowHeaders { headers.add(name: "Access-Control-Allow-Headers", value: allowHeaders) }
            headers.add(name: "Access-Control-Max-Age", value: String(maxAgeSeconds))
            if allowCredentials { headers.add(name: "Access-Control-Allow-Credentials", value: "true") }
        }
        return HTTPResponse(status: .noContent, headers: headers)
    }

    /// The fields added to an actual (non-preflight) response for a request from `origin`.
    package func responseHeaders(for origin: String) -> HTTPHeaders {
        var headers: HTTPHeaders = [:]
        let allowed = allowOriginValue(for: origin)
        // The answer depends on Origin unless it is a literal "*", so caches must key on it.
        if allowed != "*" { headers.add(name: "Vary", value: "Origin") }
        guard let allowed else { return headers }
        headers.add(name: "Access-Control-Allow-Origin", value: allowed)
        if allowCredentials { headers.add(name: "Access-Control-Allow-Credentials", value: "true") }
        if !exposedHeaders.isEmpty {
            headers.add(name: "Access-Control-Expose-Headers", value: exposedHeaders.joined(separator: ", "))
        }
        return headers
    }

    /// `Access-Control-Request-Headers` as a list of field names to echo, or nil when it is empty
    /// or holds anything but field names (RFC 9110 §5.1: `token`), commas and spaces — a value
    /// that is not a list of names is not repeated to the client.
    static func fieldNameList(_ value: String) -> String? {
        var names: [String] = []
        for name in HeadParser.listElements(ArraySlice(value.utf8)) {
            guard name.allSatisfy(ByteClass.isTokenCharacter) else { return nil }
            names.append(String(decoding: name, as: UTF8.self))
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }
}
