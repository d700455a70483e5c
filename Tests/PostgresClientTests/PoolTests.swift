import Foundation
import Synchronization
import Testing
@testable import PostgresClient

@Suite struct PoolTests {
    @Test func manyThreadsShareABoundedPoolWithoutDeadlock() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration(),
                                              options: .init(maximumConnections: 4, acquireTimeout: .seconds(60)))
        let inUse = Atomic<Int>(0)
        let mostInUse = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        let sum = Atomic<Int>(0)
        // Each thread holds its connection for a few milliseconds so that they contend for the four.
        onThreads(16) { thread in
            for round in 0..<25 {
                do {
                    let value = try pool.withConnection { connection in
                        let now = inUse.add(1, ordering: .relaxed).newValue
                        _ = mostInUse.max(now, ordering: .relaxed)
                        defer { inUse.subtract(1, ordering: .relaxed) }
                        return try connection.query("select $1::int8 + $2::int8 from pg_sleep(0.002)",
                                                    [.int(thread), .int(round)])[0].decode(Int.self, at: 0)
                    }
                    sum.add(value, ordering: .relaxed)
                } catch {
                    failures.withLock { $0.append(String(reflecting: error)) }
                }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(sum.load(ordering: .relaxed) == 25 * (0..<16).reduce(0, +) + 16 * (0..<25).reduce(0, +))
        #expect(mostInUse.load(ordering: .relaxed) <= 4)
        #expect(mostInUse.load(ordering: .relaxed) > 1)
        let statistics = pool.statistics
        #expect(statistics.open <= 4)
        #expect(statistics.opened <= 4)
        #expect(statistics.idle == statistics.open)
    }

    @Test func acquireTimesOutWhenEveryConnectionIsBusy() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration(),
                                              options: .init(maximumConnections: 1, acquireTimeout: .milliseconds(200)))
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let holder = Thread {
            _ = try? pool.withConnection { _ in
                holding.signal()
                release.wait()
            }
        }
        holder.start()
        holding.wait()
        do {
            try pool.withConnection { _ in Issue.record("got a second connection from a pool of one") }
            Issue.record("acquire did not time out")
        } catch let error as PostgresError {
            guard case .poolTimeout(let waited) = error else { Issue.record("unexpected \(error)"); return }
            #expect(waited >= 0.2)
        }
        release.signal()
        // Once returned, the connection is lent again.
        #expect(try pool.withConnection { try $0.query("select 1")[0].decode(Int.self, at: 0) } == 1)
    }

    @Test func brokenConnectionIsReplacedOnTheNextAcquire() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration(),
                                              options: .init(maximumConnections: 2))
        let firstPID = try pool.withConnection { $0.backendPID }
        let killer = try TestDatabase.connect()
        // With a timeout, pg_terminate_backend waits until the backend has exited.
        try killer.query("select pg_terminate_backend($1, 5000)", [firstPID.postgresBind])
        // The terminated backend's socket is closed; the pool notices before lending it.
        let secondPID = try pool.withConnection { connection throws -> Int32 in
            #expect(try connection.query("select 1")[0].decode(Int.self, at: 0) == 1)
            return connection.backendPID
        }
        #expect(secondPID != firstPID)
        #expect(pool.statistics.discarded == 1)
        #expect(pool.statistics.open == 1)
    }

    @Test func connectionLostDuringABodyIsNotReturnedToThePool() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration(),
                                              options: .init(maximumConnections: 1))
        do {
            try pool.withConnection { connection in
                try connection.query("select pg_terminate_backend(pg_backend_pid())")
            }
            Issue.record("a session survived terminating itself")
        } catch let error as PostgresError {
            #expect(error.isConnectionLost)
        }
        #expect(try pool.withConnection { try $0.query("select 5")[0].decode(Int.self, at: 0) } == 5)
        #expect(pool.statistics.discarded == 1)
    }

    @Test func idleConnectionPastTheCheckIntervalIsPingedAndReused() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration(),
                                              options: .init(maximumConnections: 1, idleCheckInterval: .zero))
        let (first, statements) = try pool.withConnection { ($0.backendPID, $0.statementsExecuted) }
        let (second, statementsAfterPing) = try pool.withConnection { ($0.backendPID, $0.statementsExecuted) }
        #expect(first == second)
        #expect(pool.statistics.opened == 1)
        // The ping is not a statement of the caller's.
        #expect(statementsAfterPing == statements)
    }

    @Test func connectionIsReturnedCleanAfterAnUnfinishedTransactionOrAsyncMode() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration(),
                                              options: .init(maximumConnections: 1))
        try pool.withConnection { connection in
            try connection.executeScript("begin; create temp table leftover (n int)")
            try connection.setNonBlocking()
        }
        try pool.withConnection { connection in
            #expect(connection.transactionStatus == .idle)
            #expect(!connection.isNonBlocking)
            #expect(throws: PostgresError.self) { try connection.query("select * from leftover") }
        }
    }

    @Test func connectionWithAnAbandonedAsynchronousStatementIsNotLentAgain() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration(),
                                              options: .init(maximumConnections: 1))
        let abandonedPID = try pool.withConnection { connection throws -> Int32 in
            let query = PendingQuery(connection, .sql("select pg_sleep(5)"))
            _ = try query.advance()
            return connection.backendPID
        }
        let next = try pool.withConnection { connection throws -> (Int32, Int) in
            (connection.backendPID, try connection.query("select 8")[0].decode(Int.self, at: 0))
        }
        #expect(next.0 != abandonedPID)
        #expect(next.1 == 8)
    }

    @Test func closedPoolRefusesToLend() throws {
        let pool = try PostgresConnectionPool(configuration: TestDatabase.configuration())
        try pool.withConnection { _ in }
        pool.close()
        #expect(pool.statistics.open == 0)
        do {
            try pool.withConnection { _ in }
            Issue.record("a closed pool lent a connection")
        } catch let error as PostgresError {
            guard case .poolClosed = error else { Issue.record("unexpected \(error)"); return }
        }
    }

    @Test func failedConnectIsReportedAndTheSlotFreed() throws {
        let configuration = try TestDatabase.configuration().with(database: "no_such_database_for_pool")
        let pool = PostgresConnectionPool(configuration: configuration, options: .init(maximumConnections: 1, acquireTimeout: .milliseconds(500)))
        for _ in 0..<2 {
            do {
                try pool.withConnection { _ in }
                Issue.record("connected to a missing database")
            } catch let error as PostgresError {
                guard case .connectionFailed(let failure) = error else { Issue.record("unexpected \(error)"); return }
                #expect(failure.database == "no_such_database_for_pool")
            }
        }
    }
}
