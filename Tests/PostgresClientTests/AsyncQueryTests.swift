import Foundation
import Glibc
import Testing
@testable import PostgresClient

/// The non-blocking API, driven from one thread by a poll loop.
@Suite struct AsyncQueryTests {
    @Test func queriesOnTwoConnectionsInterleaveOnOneThread() throws {
        let lockHolder = try TestDatabase.connect()
        let key = Int.random(in: 1...Int(Int32.max))
        try lockHolder.query("select pg_advisory_lock($1)", [.int(key)])
        let blocked = try TestDatabase.connect()
        let free = try TestDatabase.connect()
        let loop = PollLoop()
        let jobA = PollLoop.Job("A", blocked, [
            PendingQuery(blocked, .sql("select pg_advisory_lock($1), 'a0'", [.int(key)])),
            PendingQuery(blocked, .sql("select pg_advisory_unlock($1), 'a1'", [.int(key)])),
        ])
        let jobB = PollLoop.Job("B", free, (0..<3).map { index in
            PendingQuery(free, .sql("select $1::int * 10", [.int(index)]))
        })
        try loop.run([jobA, jobB]) { name, index in
            // B finished everything while A waited on the lock: release it so A can finish.
            if name == "B" && index == 2 { try lockHolder.query("select pg_advisory_unlock($1)", [.int(key)]) }
        }
        #expect(loop.log == ["B:0", "B:1", "B:2", "A:0", "A:1"])
        #expect(jobA.errors.isEmpty && jobB.errors.isEmpty)
        #expect(try jobB.results.map { try $0[0][0].decode(Int.self, at: 0) } == [0, 10, 20])
        #expect(try jobA.results[0][0][0].decode(String.self, at: 1) == "a0")
        #expect(try jobA.results[1][0][0].decode(Bool.self, at: 0))
    }

    @Test func preparedStatementIsPreparedThenExecutedWithoutBlocking() throws {
        let connection = try TestDatabase.connect()
        let statement = PostgresStatement("select $1::text || '市', $2::int8 + 1")
        let before = connection.statementsExecuted
        let loop = PollLoop()
        let job = PollLoop.Job("P", connection, (0..<3).map { index in
            PendingQuery(connection, .prepared(statement, [.text("永州"), .int(index)]))
        })
        try loop.run([job])
        #expect(job.errors.isEmpty)
        #expect(try job.results.map { try $0[0][0].decode(Int.self, at: 1) } == [1, 2, 3])
        #expect(try job.results[2][0][0].decode(String.self, at: 0) == "永州市")
        #expect(connection.isPrepared(statement))
        #expect(connection.statementsExecuted - before == 3)
        #expect(connection.statementsPrepared == 1)
        let count = try connection.query("select count(*) from pg_prepared_statements where name = $1", [.text(statement.name)])
        #expect(try count[0].decode(Int.self, at: 0) == 1)
    }

    @Test func sequentialBatchStopsAtTheFirstErrorAndLeavesTheConnectionUsable() throws {
        let connection = try TestDatabase.connect()
        let loop = PollLoop()
        let job = PollLoop.Job("E", connection, [
            PendingQuery(connection, [.sql("select 1"), .sql("select 1/0"), .sql("select 3")]),
            PendingQuery(connection, .sql("select 'after'")),
        ])
        try loop.run([job])
        #expect(job.errors.count == 1)
        #expect(job.errors.first?.sqlState == .divisionByZero)
        #expect(try job.results[1][0][0].decode(String.self, at: 0) == "after")
        // The synchronous API works again on the same connection.
        #expect(try connection.query("select 2")[0].decode(Int.self, at: 0) == 2)
    }

    @Test func statementForgottenByTheServerIsPreparedAgainAsynchronously() throws {
        let connection = try TestDatabase.connect()
        let statement = PostgresStatement("select $1::int4 * 7")
        try connection.query(statement, [1])
        try connection.executeScript("deallocate all")
        let loop = PollLoop()
        let job = PollLoop.Job("R", connection, [PendingQuery(connection, .prepared(statement, [6]))])
        try loop.run([job])
        #expect(job.errors.isEmpty)
        #expect(try job.results[0][0][0].decode(Int.self, at: 0) == 42)
    }

    @Test func singleRowModeStreamsEveryRow() throws {
        let connection = try TestDatabase.connect()
        let loop = PollLoop()
        let job = PollLoop.Job("S", connection, [
            PendingQuery(connection, .sql("select n, repeat('永', n % 50) from generate_series(1, $1::int) n", [.int(5000)], singleRow: true)),
        ])
        try loop.run([job])
        #expect(job.errors.isEmpty)
        #expect(job.rows.count == 5000)
        #expect(try job.rows.enumerated().allSatisfy { index, row in try row.decode(Int.self, at: 0) == index + 1 })
        #expect(try job.rows[49].decode(String.self, at: 1) == String(repeating: "永", count: 0))
        #expect(try job.rows[50].decode(String.self, at: 1) == "永")
        #expect(job.results[0][0].count == 0)
        #expect(job.results[0][0].status == .tuplesOK)
    }

    @Test func rawAPIRunsOneStatementStepByStep() throws {
        let connection = try TestDatabase.connect()
        try connection.setNonBlocking()
        #expect(connection.isNonBlocking)
        #expect(connection.socket >= 0)
        try connection.sendQuery("select $1::text", ["raw"])
        while try connection.flush() == .needsWrite {}
        var results: [Result<PostgresResult, PostgresError>] = []
        while true {
            try connection.consumeInput()
            if connection.isBusy {
                var descriptor = pollfd(fd: connection.socket, events: Int16(POLLIN), revents: 0)
                _ = poll(&descriptor, 1, 1000)
                continue
            }
            guard let result = connection.nextResult() else { break }
            results.append(result)
        }
        #expect(results.count == 1)
        #expect(try results[0].get()[0].decode(String.self, at: 0) == "raw")
    }

    @Test func cancelStopsARunningStatement() throws {
        let connection = try TestDatabase.connect()
        let token = try connection.makeCancelToken()
        let loop = PollLoop()
        let job = PollLoop.Job("C", connection, [PendingQuery(connection, .sql("select pg_sleep(60)"))])
        let canceller = Thread {
            // From another thread, as a request timeout would.
            Thread.sleep(forTimeInterval: 0.2)
            try? token.cancel()
        }
        canceller.start()
        try loop.run([job], timeoutSeconds: 30)
        #expect(job.errors.first?.sqlState == .queryCanceled)
        #expect(try connection.query("select 1")[0].decode(Int.self, at: 0) == 1)
    }
}
