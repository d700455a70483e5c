internal import CLibPQ

extension PostgresConnection {
    /// Whether an idle connection is still alive, judged without a round trip.
    ///
    /// libpq's socket is non-blocking underneath, so `PQconsumeInput` reads whatever arrived while
    /// the connection sat idle without waiting. A server that shut down or restarted has sent its
    /// `57P01` termination notice and closed the socket; reading sees the end of stream and the
    /// connection turns bad. Read twice: the first read may stop after the notice's bytes.
    func looksAliveWhileIdle() -> Bool {
        for _ in 0..<2 {
            guard PQconsumeInput(handle) == 1, PQstatus(handle) == CONNECTION_OK else { return false }
        }
        return PQisBusy(handle) == 0 && PQstatus(handle) == CONNECTION_OK
    }

    /// A round trip with the empty statement, which the server answers without parsing anything.
    /// Not counted as a statement: health checks are the pool's business, not the request's.
    func ping() -> Bool {
        guard let result = PQexec(handle, "") else { return false }
        defer { PQclear(result) }
        return PQresultStatus(result) == PGRES_EMPTY_QUERY && PQstatus(handle) == CONNECTION_OK
    }

    /// Brings a connection a caller has finished with back to a clean idle session, if possible:
    /// blocking mode, no pipeline, no statement in flight, no open transaction.
    func resetForReuse() -> Bool {
        guard PQstatus(handle) == CONNECTION_OK, PQpipelineStatus(handle) == PQ_PIPELINE_OFF,
              PQconsumeInput(handle) == 1 else { return false }
        // Results of an abandoned non-blocking statement that already arrived are dropped; one
        // still running makes the connection unusable (closing it is the cheapest way out).
        while PQisBusy(handle) == 0, let leftover = PQgetResult(handle) {
            let status = PQresultStatus(leftover)
            PQclear(leftover)
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH { return false }
        }
        guard PQisBusy(handle) == 0 else { return false }
        if PQisnonblocking(handle) == 1, PQsetnonblocking(handle, 0) != 0 { return false }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE:
            break
        case PQTRANS_INTRANS, PQTRANS_INERROR:
            // A body that opened a transaction with SQL and did not finish it: roll it back.
            guard let result = PQexec(handle, "ROLLBACK") else { return false }
            PQclear(result)
            guard PQtransactionStatus(handle) == PQTRANS_IDLE else { return false }
        default:
            return false
        }
        transactionDepth = 0
        return true
    }
}
