import GraphQLLanguage
import HTTPServer
import PostgresClient

/// `/graphql`: GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/), GET and
/// POST, answered on the connection's event loop without ever blocking it.
///
/// Status codes follow the specification's "Status Codes" section: with
/// `application/graphql-response+json`, request errors are 400 and carry no `data`, a request
/// the database cannot take now is 503, and executed requests are 200; with `application/json`
/// every GraphQL response is 200. HTTP-level refusals come first, whatever the media type:
/// 406 (nothing acceptable), 415 (not a JSON body), 405 (a mutation over GET).
struct GraphQLRoute: HTTPHandler {
    let context: RouteContext

    func handle(_ request: HTTPRequest, _ responder: HTTPResponder) {
        let started = EventLoop.monotonicNow()
        let isGET = request.method == .get || request.method == .head
        let accept = request.headers["Accept"]
        if isGET, request.queryValue("query") == nil, MediaTypeNegotiation.prefersHTML(accept: accept) {
            context.send(GraphiQLPage.response, responder)
            return
        }
        // GraphQL over HTTP, "Body": nothing acceptable → 406, the RECOMMENDED choice.
        guard let mediaType = MediaTypeNegotiation.choose(accept: accept) else {
            let error = GraphQLError(
                "None of the media types in Accept can be served; accept application/graphql-response+json or application/json.",
                extensions: [("code", ServiceErrorCode.badRequest)])
            reply(.requestErrors([error]), status: .notAcceptable, mediaType: .json, started: started, responder)
            return
        }
        let decoded: Result<GraphQLHTTPRequest, GraphQLHTTPRequestError>
        if isGET {
            decoded = GraphQLHTTPRequest.decode(queryItems: request.queryItems)
        } else {
            // GraphQL over HTTP, "POST": the body is application/json, in UTF-8.
            if let problem = RequestContentType(request.headers["Content-Type"]).problem {
                let error = GraphQLError(problem, extensions: [("code", ServiceErrorCode.badRequest)])
                reply(.requestErrors([error]), status: .unsupportedMediaType, mediaType: mediaType, started: started, responder)
                return
            }
            decoded = GraphQLHTTPRequest.decode(body: request.body)
        }
        let parameters: GraphQLHTTPRequest
        switch decoded {
        case .success(let decoded): parameters = decoded
        case .failure(let problem):
            reply(.requestErrors([problem.graphQLError]), status: requestErrorStatus(mediaType), mediaType: mediaType, started: started, responder)
            return
        }
        guard let local = context.local(responder) else {
            let failure = DatabaseFailure.unavailable(detail: "the loop has no service state")
            reply(.requestErrors([failure.graphQLError]), status: .serviceUnavailable, mediaType: mediaType, started: started, responder)
            return
        }
        switch local.pipeline.prepare(parameters, isGET: isGET) {
        case .methodNotAllowed(let type):
            // GraphQL over HTTP, "GET": a mutation over GET is 405, with `Allow: POST`.
            let error = GraphQLError("Can only perform a \(type.rawValue) operation from a POST request.",
                                     extensions: [("code", ServiceErrorCode.badRequest)])
            reply(.requestErrors([error]), status: .methodNotAllowed, mediaType: mediaType, started: started, responder, allowPOSTOnly: true)
        case .rejected(let errors):
            reply(.requestErrors(errors), status: requestErrorStatus(mediaType), mediaType: mediaType, started: started, responder)
        case .failed(let errors):
            reply(.executionErrors(errors), status: .ok, mediaType: mediaType, started: started, responder)
        case .execute(let execution):
            execute(execution, on: local, mediaType: mediaType, started: started, responder)
        }
    }

    private func execute(_ execution: Execution, on local: LoopService, mediaType: ResponseMediaType, started: UInt64, _ responder: HTTPResponder) {
        var debug = context.debugExtensions
            ? DebugExtensions(documentCacheHit: execution.documentCacheHit, planCacheHit: execution.planCacheHit) : nil
        guard !execution.statements.isEmpty else {
            reply(.data(GraphQLResponseWriter.dataSegments(execution.fields, rows: [], errors: execution.errors, debug: debug)),
                  status: .ok, mediaType: mediaType, started: started, responder)
            return
        }
        let context = self.context
        let budget = DatabaseJob.ResponseBudget(limit: execution.maximumResponseBytes,
                                                fixedBytes: GraphQLResponseWriter.fixedSize(of: execution.fields, errors: execution.errors))
        let job = DatabaseJob(statements: execution.statements, budget: budget) { outcome in
            debug?.statementsExecuted = outcome.statementsExecuted
            debug?.statementsPrepared = outcome.statementsPrepared
            switch outcome.result {
            case .success:
                let segments = GraphQLResponseWriter.dataSegments(execution.fields, rows: outcome.rows, errors: execution.errors, debug: debug)
                if segments.reduce(0, { $0 + $1.count }) >= DataResponseStream.threshold {
                    context.metrics.graphQLLatency.observe(nanoseconds: EventLoop.monotonicNow() &- started)
                    DataResponseStream.start(segments, contentType: mediaType.contentType, responder)
                } else {
                    reply(.data(segments), status: .ok, mediaType: mediaType, started: started, responder)
                }
            case .failure(let failure):
                context.metrics.countDatabaseError(failure.kind)
                Self.log(failure, responder)
                if failure.isUnavailable {
                    let status: HTTPStatus = mediaType == .graphQLResponse ? .serviceUnavailable : .ok
                    reply(.requestErrors([failure.graphQLError]), status: status, mediaType: mediaType, started: started, responder, retryAfter: true)
                } else {
                    reply(.executionErrors([failure.graphQLError], debug), status: .ok, mediaType: mediaType, started: started, responder)
                }
            }
        }
        responder.onCancel { [weak job] in
            if let job { local.database.abandon(job) }
        }
        local.database.submit(job)
    }

    /// What a response body holds.
    private enum Body {
        case requestErrors([GraphQLError])
        case executionErrors([GraphQLError], DebugExtensions? = nil)
        case data([GraphQLResponseWriter.DataSegment])
    }

    private func reply(_ body: Body, status: HTTPStatus, mediaType: ResponseMediaType, started: UInt64, _ responder: HTTPResponder,
                       allowPOSTOnly: Bool = false, retryAfter: Bool = false) {
        let bytes: [UInt8] = switch body {
        case .requestErrors(let errors): GraphQLResponseWriter.requestErrors(errors)
        case .executionErrors(let errors, let debug): GraphQLResponseWriter.executionErrors(errors, debug: debug)
        case .data(let segments): GraphQLResponseWriter.bytes(of: segments)
        }
        var response = RouteContext.json(bytes, status: status, contentType: mediaType.contentType)
        if allowPOSTOnly { response.headers.add(name: "Allow", value: "POST") }
        if retryAfter && status == .serviceUnavailable { response.headers.add(name: "Retry-After", value: "1") }
        context.metrics.graphQLLatency.observe(nanoseconds: EventLoop.monotonicNow() &- started)
        context.send(response, responder)
    }

    /// GraphQL over HTTP, "Status Codes": 400 for request errors with
    /// `application/graphql-response+json`, 200 with `application/json`.
    private func requestErrorStatus(_ mediaType: ResponseMediaType) -> HTTPStatus {
        mediaType == .graphQLResponse ? .badRequest : .ok
    }

    /// Database failures worth an operator's attention go to the log with the request id; the
    /// expected ones of an outage (fast failures, a full queue) are only counted.
    private static func log(_ failure: DatabaseFailure, _ responder: HTTPResponder) {
        switch failure {
        case .busy, .unavailable: return
        case .statementTimeout:
            ServiceLog.write(.warning, "statement_timeout", ["id": responder.requestID.description, "detail": failure.logDetail])
        case .responseTooLarge:
            ServiceLog.write(.warning, "response_too_large", ["id": responder.requestID.description, "detail": failure.logDetail])
        case .rejectedValue, .failed:
            ServiceLog.write(.error, "database_error", ["id": responder.requestID.description, "kind": failure.kind.rawValue, "detail": failure.logDetail])
        }
    }
}
