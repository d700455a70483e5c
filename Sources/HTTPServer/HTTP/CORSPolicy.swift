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

    package var allowedOrigins: Origins
    package var allowedMethods: [HTTPMethod]
    package var allowedHeaders: [String]
    package var exposedHeaders: [String]
    /// How long a browser may cache a preflight answer, in seconds.
    package var maxAgeSeconds: Int
    /// Whether cookies and HTTP authentication may be sent; never with a literal `*` origin.
    package var allowCredentials: Bool

    package init(
        allowedOrigins: Origins,
        allowedMethods: [HTTPMethod] = [.get, .post, .options],
        allowedHeaders: [String] = ["Content-Type", "Authorization", "Accept"],
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
    package func preflightResponse(for request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders = ["Vary": "Origin"]
        if let origin = request.headers["Origin"], let allowed = allowOriginValue(for: origin) {
            headers.add(name: "Access-Control-Allow-Origin", value: allowed)
            headers.add(name: "Access-Control-Allow-Methods", value: allowedMethods.map(\.rawValue).joined(separator: ", "))
            if !allowedHeaders.isEmpty {
                headers.add(name: "Access-Control-Allow-Headers", value: allowedHeaders.joined(separator: ", "))
            }
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
}
