import PostgresClient

/// Writes ``Metrics`` in the Prometheus text exposition format 0.0.4
/// (https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format).
///
/// Every family has its `# HELP` and `# TYPE` lines; histogram buckets are cumulative and end
/// with `le="+Inf"`, followed by `_sum` and `_count`, as the format requires.
enum PrometheusText {
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    static func render(_ metrics: Metrics) -> String {
        var text = ""
        family(&text, "rectify_http_responses_total", "counter", "Responses sent, by status code (499: the client left first).")
        for (index, code) in Metrics.statusCodes.enumerated() {
            text += "rectify_http_responses_total{code=\"\(code)\"} \(metrics.responsesByStatus[index].value)\n"
        }
        text += "rectify_http_responses_total{code=\"other\"} \(metrics.responsesByStatus[Metrics.statusCodes.count].value)\n"

        family(&text, "rectify_graphql_request_duration_seconds", "histogram", "Time from a GraphQL request's arrival at the handler to its response.")
        var cumulative = 0
        for (index, bound) in LatencyHistogram.bounds.enumerated() {
            cumulative += metrics.graphQLLatency.buckets[index].value
            text += "rectify_graphql_request_duration_seconds_bucket{le=\"\(bound)\"} \(cumulative)\n"
        }
        cumulative += metrics.graphQLLatency.buckets[LatencyHistogram.bounds.count].value
        text += "rectify_graphql_request_duration_seconds_bucket{le=\"+Inf\"} \(cumulative)\n"
        text += "rectify_graphql_request_duration_seconds_sum \(Double(metrics.graphQLLatency.sumMicroseconds.value) / 1e6)\n"
        text += "rectify_graphql_request_duration_seconds_count \(metrics.graphQLLatency.count.value)\n"

        family(&text, "rectify_sql_statements_executed_total", "counter", "SQL statements this process sent to PostgreSQL.")
        text += "rectify_sql_statements_executed_total \(StatementCounter.executed)\n"
        family(&text, "rectify_sql_statements_prepared_total", "counter", "SQL statements this process prepared.")
        text += "rectify_sql_statements_prepared_total \(StatementCounter.prepared)\n"

        family(&text, "rectify_database_connections", "gauge", "Serving database connections by state.")
        text += "rectify_database_connections{state=\"in_use\"} \(metrics.connectionsBusy.value)\n"
        text += "rectify_database_connections{state=\"idle\"} \(metrics.connectionsIdle.value)\n"
        family(&text, "rectify_database_queued_requests", "gauge", "Requests waiting for a database connection.")
        text += "rectify_database_queued_requests \(metrics.queuedJobs.value)\n"

        family(&text, "rectify_database_errors_total", "counter", "Database problems by kind.")
        for kind in DatabaseErrorKind.allCases {
            text += "rectify_database_errors_total{kind=\"\(kind.rawValue)\"} \(metrics.databaseErrors[kind.index].value)\n"
        }

        family(&text, "rectify_cache_lookups_total", "counter", "Document and plan cache lookups by result.")
        text += "rectify_cache_lookups_total{cache=\"document\",result=\"hit\"} \(metrics.documentCacheHits.value)\n"
        text += "rectify_cache_lookups_total{cache=\"document\",result=\"miss\"} \(metrics.documentCacheMisses.value)\n"
        text += "rectify_cache_lookups_total{cache=\"plan\",result=\"hit\"} \(metrics.planCacheHits.value)\n"
        text += "rectify_cache_lookups_total{cache=\"plan\",result=\"miss\"} \(metrics.planCacheMisses.value)\n"
        return text
    }

    private static func family(_ text: inout String, _ name: String, _ type: String, _ help: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }
}
