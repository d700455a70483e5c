import Glibc
import Testing
@testable import PostgresClient

/// Opening connections without blocking, as an event loop reconnecting after a restart does.
@Suite struct PendingConnectionTests {
    /// Drives the handshake with poll(2) until it completes or fails.
    func connect(_ configuration: PostgresConfiguration) throws(PostgresError) -> (PostgresConnection, steps: Int) {
        let pending = try PendingConnection(configuration)
        var steps = 0
        while true {
            let progress = try pending.advance()
            steps += 1
            let events: Int32
            switch progress {
            case .connected(let connection): return (connection, steps)
            case .needsRead: events = POLLIN
            case .needsWrite: events = POLLOUT
            }
            var descriptor = pollfd(fd: pending.socket, events: Int16(events), revents: 0)
            _ = poll(&descriptor, 1, 5000)
        }
    }

    @Test func connectsWithoutBlockingAndGetsTheSameSessionSettings() throws {
        let (connection, steps) = try connect(TestDatabase.configuration())
        #expect(steps > 2)
        #expect(connection.isConnected)
        let row = try connection.query("select current_setting('DateStyle'), current_setting('client_encoding'), $1::text", ["永州"])[0]
        #expect(try row.decode(String.self, at: 0) == "ISO, YMD")
        #expect(try row.decode(String.self, at: 1) == "UTF8")
        #expect(try row.decode(String.self, at: 2) == "永州")
    }

    @Test func failureSaysWhereAndWhyWithoutThePassword() throws {
        let configuration = try TestDatabase.configuration().with(database: "no_such_database_async").with("password", "sekrit-42")
        do {
            _ = try connect(configuration)
            Issue.record("connected to a missing database")
        } catch {
            guard case .connectionFailed(let failure) = error else { Issue.record("unexpected \(error)"); return }
            #expect(failure.database == "no_such_database_async")
            #expect(failure.reason.contains("does not exist"))
            #expect(!String(reflecting: error).contains("sekrit-42"))
        }
    }

    @Test func refusedPortFailsWithoutHanging() {
        let configuration = PostgresConfiguration(host: "127.0.0.1", port: 1, database: "rectify", user: "rectify")
        do {
            _ = try connect(configuration)
            Issue.record("connected to port 1")
        } catch {
            guard case .connectionFailed(let failure) = error else { Issue.record("unexpected \(error)"); return }
            #expect(failure.port == "1")
        }
    }
}
