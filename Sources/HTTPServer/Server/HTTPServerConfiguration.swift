/// Everything the server can be told: where to listen, how many loops, and every limit.
///
/// Each limit has a default meant for a server facing browsers and scripts on a network; the
/// status a client sees when it crosses one is given with it.
package struct HTTPServerConfiguration: Sendable {
    /// Numeric IPv4/IPv6 address or host name; `0.0.0.0` or `::` for every interface.
    package var host = "127.0.0.1"
    /// TCP port; 0 picks a free one (see ``HTTPServer/start(onLoopStart:)``'s result).
    package var port = 8080
    /// Event loops (threads), one per core by default.
    package var eventLoopCount = HTTPServerConfiguration.onlineCores
    /// Pending-connection queue length passed to `listen`.
    package var backlog = 1024

    /// Request line plus header fields, in bytes → 431 (or 414 when the request line alone is
    /// longer).
    package var maxHeadBytes = 16 * 1024
    /// Header field lines in one request → 431.
    package var maxHeaderCount = 100
    /// Request body after de-chunking → 413.
    package var maxBodyBytes = 1024 * 1024
    /// Open connections across all loops; connections beyond it get a 503 and are closed.
    /// Lowered at start if the process's descriptor limit (raised as far as allowed) is smaller.
    package var maxConnections = 10_000
    /// Requests read ahead of their responses on one connection before reading pauses.
    package var maxPipelinedRequests = 16

    /// How long a keep-alive connection may sit between requests before it is closed.
    package var idleTimeout: Duration = .seconds(60)
    /// Time from a request's first byte to the end of its head → 408 and close.
    package var headerTimeout: Duration = .seconds(10)
    /// Time from the end of the head to the end of the body → 408 and close.
    package var bodyTimeout: Duration = .seconds(30)
    /// Time a pending response may make no progress because the client does not read → close.
    package var writeTimeout: Duration = .seconds(30)
    /// After an error response, how long unread input is drained before closing, so the client
    /// sees the response instead of a reset.
    package var lingerTimeout: Duration = .seconds(2)

    /// Cross-origin browser access; `nil` sends no CORS fields and answers no preflights.
    package var cors: CORSPolicy?
    /// One logfmt line per request on standard error.
    package var accessLog = true
    /// Called on the loop with the status of every response once it is complete — those of the
    /// handler and those the server sends itself (400/413/414/431 for a request it cannot parse,
    /// 408 for a slow client, 404/405 from ``HTTPRouter``, preflights) — and with 499 for a
    /// request whose client went away first, so a service can count them all in its metrics.
    /// It must be quick: it runs on the loop thread.
    package var onResponse: (@Sendable (_ status: Int) -> Void)?

    package init() {}

    var parserLimits: RequestParser.Limits {
        RequestParser.Limits(maxHeadBytes: maxHeadBytes, maxBodyBytes: maxBodyBytes, maxHeaderCount: maxHeaderCount)
    }

    /// Processors online, at least 1.
    package static var onlineCores: Int { Platform.onlineCores }
}
