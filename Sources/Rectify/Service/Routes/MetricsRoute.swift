import HTTPServer

/// `GET /metrics`: the service's figures in the Prometheus text format (see ``PrometheusText``).
struct MetricsRoute: HTTPHandler {
    let context: RouteContext

    func handle(_ request: HTTPRequest, _ responder: HTTPResponder) {
        let text = PrometheusText.render(context.metrics)
        var response = HTTPResponse(status: .ok, contentType: PrometheusText.contentType, body: Array(text.utf8))
        response.headers.add(name: "Cache-Control", value: "no-store")
        context.send(response, responder)
    }
}
