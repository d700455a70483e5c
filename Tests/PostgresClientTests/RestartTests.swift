import Synchronization
import Foundation
import Testing
@testable import PostgresClient

/// Recovery from a PostgreSQL restart, on a cluster of its own (see ``ScratchCluster``).
@Suite(.serialized) struct RestartTests {
    @Test func poolWorksAgainAfterPostgreSQLRestarts() throws {
        let cluster = try ScratchCluster()
        defer { cluster.remove() }
        let pool = try PostgresConnectionPool(configuration: PostgresConfiguration(url: cluster.url),
                                              options: .init(maximumConnections: 3, acquireTimeout: .seconds(30)))
        // Three idle connections, all of which the restart will break.
        onThreads(3) { _ in
            _ = try? pool.withConnection { connection in
                try connection.query("select pg_sleep(0.2)")
            }
        }
        let pidsBefore = pool.statistics.open
        #expect(pidsBefore == 3)
        let postmasterStart = try pool.withConnection { try $0.query("select pg_postmaster_start_time()::text")[0].decode(String.self, at: 0) }

        try cluster.restart()

        // A query may fail once because the server went away under it; the next must work.
        var failures = 0
        var answer: String?
        for _ in 0..<2 where answer == nil {
            do {
                answer = try pool.withConnection { try $0.query("select pg_postmaster_start_time()::text")[0].decode(String.self, at: 0) }
            } catch let error as PostgresError {
                #expect(error.isConnectionLost)
                failures += 1
            }
        }
        let restartedAt = try #require(answer, "no working connection after the restart")
        #expect(restartedAt != postmasterStart)
        #expect(failures <= 1)
        // And every connection lent afterwards works, from several threads at once.
        let later = Mutex<[String]>([])
        onThreads(6) { index in
            do {
                try pool.withConnection { connection in
                    _ = try connection.query("select $1::int", [.int(index)])
                }
            } catch {
                later.withLock { $0.append(String(reflecting: error)) }
            }
        }
        #expect(later.withLock { $0 } == [])
        #expect(pool.statistics.discarded >= 1)
    }

    @Test func plainConnectionReportsTheRestartAsALostConnection() throws {
        let cluster = try ScratchCluster()
        defer { cluster.remove() }
        let connection = try PostgresConnection(url: cluster.url)
        try cluster.restart()
        do {
            try connection.query("select 1")
            Issue.record("a session survived the restart")
        } catch {
            #expect(error.isConnectionLost)
        }
        // A new connection (what the pool does) works.
        #expect(try PostgresConnection(url: cluster.url).query("select 1")[0].decode(Int.self, at: 0) == 1)
    }

    @Test func queryRunningDuringTheRestartFailsOnceAndTheNextAcquireWorks() throws {
        let cluster = try ScratchCluster()
        defer { cluster.remove() }
        let pool = try PostgresConnectionPool(configuration: PostgresConfiguration(url: cluster.url),
                                              options: .init(maximumConnections: 2, acquireTimeout: .seconds(30)))
        let started = DispatchSemaphore(value: 0)
        let outcome = Mutex<PostgresError?>(nil)
        let sleeper = Thread {
            do {
                try pool.withConnection { connection in
                    started.signal()
                    try connection.query("select pg_sleep(60)")
                }
            } catch let error as PostgresError {
                outcome.withLock { $0 = error }
            } catch {}
        }
        sleeper.start()
        started.wait()
        Thread.sleep(forTimeInterval: 0.3)
        try cluster.restart()
        // The restart's fast shutdown terminated the sleeping session: its query failed.
        let deadline = ContinuousClock.now + .seconds(30)
        while outcome.withLock({ $0 }) == nil && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let failure = try #require(outcome.withLock { $0 })
        #expect(failure.isConnectionLost)
        #expect(failure.sqlState == .adminShutdown || failure.sqlState == nil)
        #expect(try pool.withConnection { try $0.query("select 7")[0].decode(Int.self, at: 0) } == 7)
    }
}
