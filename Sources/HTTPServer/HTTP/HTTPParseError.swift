/// Why a request could not be read; every such error closes the connection after the response.
///
/// ``reason`` is for logs and tests; ``status`` is what the client is told.
package struct HTTPParseError: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Reason: String, Sendable {
        case invalidRequestLine = "invalid request line"
        case invalidMethod = "invalid method"
        case invalidTarget = "invalid request target"
        case invalidPercentEncoding = "invalid percent-encoding or UTF-8 in the target"
        case unsupportedVersion = "unsupported HTTP version"
        case bareLineFeed = "line ended by LF without CR"
        case bareCarriageReturn = "CR not followed by LF"
        case invalidHeaderName = "invalid header field name"
        case whitespaceBeforeColon = "whitespace between field name and colon"
        case invalidHeaderValue = "invalid character in header field value"
        case obsoleteLineFolding = "obsolete line folding"
        case missingHost = "HTTP/1.1 request without Host"
        case duplicateHost = "more than one Host field"
        case invalidContentLength = "invalid Content-Length"
        case duplicateContentLength = "more than one Content-Length"
        case contentLengthWithTransferEncoding = "both Content-Length and Transfer-Encoding"
        case transferEncodingInHTTP10 = "Transfer-Encoding in an HTTP/1.0 request"
        case chunkedNotFinal = "chunked is not the final transfer coding"
        case chunkedTwice = "chunked applied more than once"
        case unsupportedTransferCoding = "unsupported transfer coding"
        case invalidChunkSize = "invalid chunk size line"
        case invalidChunkTerminator = "chunk data not followed by CRLF"
        case invalidTrailer = "invalid trailer field"
        case unsupportedExpectation = "unsupported expectation"
        case requestLineTooLong = "request line too long"
        case headTooLarge = "request head too large"
        case tooManyHeaders = "too many header fields"
        case bodyTooLarge = "body too large"
    }

    package let reason: Reason
    package let status: HTTPStatus

    package init(_ reason: Reason) {
        self.reason = reason
        switch reason {
        case .unsupportedVersion: status = .httpVersionNotSupported
        case .unsupportedTransferCoding: status = .notImplemented
        case .unsupportedExpectation: status = .expectationFailed
        case .requestLineTooLong: status = .uriTooLong
        case .headTooLarge, .tooManyHeaders: status = .requestHeaderFieldsTooLarge
        case .bodyTooLarge: status = .contentTooLarge
        default: status = .badRequest
        }
    }

    package var description: String { "\(status.code): \(reason.rawValue)" }
}
