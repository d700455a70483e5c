/// A complete response: status, header fields and body.
///
/// The server adds `Date`, `Content-Length` and `Connection` itself and drops any the handler
/// set, so framing is always the server's (RFC 9112 §6).
package struct HTTPResponse: Sendable {
    package var status: HTTPStatus
    package var headers: HTTPHeaders
    package var body: [UInt8]

    package init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is of `contentType`.
    package init(status: HTTPStatus = .ok, contentType: String, body: [UInt8], headers: HTTPHeaders = [:]) {
        self.status = status
        self.headers = headers
        self.headers.replaceOrAdd(name: "Content-Type", value: contentType)
        self.body = body
    }

    /// A `text/plain; charset=utf-8` response.
    package static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
    }
}
