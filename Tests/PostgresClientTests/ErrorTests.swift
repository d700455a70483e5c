import Testing
@testable import PostgresClient

/// SQL failures arrive as typed errors with SQLSTATE and the server's fields.
@Suite struct ErrorTests {
    @Test func syntaxErrorHasSQLStateAndPosition() throws {
        let connection = try TestDatabase.connect()
        do {
            try connection.query("select frm where")
            Issue.record("a syntax error was accepted")
        } catch {
            guard case .server(let server) = error else { Issue.record("unexpected \(error)"); return }
            #expect(server.sqlState == .syntaxError)
            #expect(server.sqlState.class == "42")
            #expect(server.position != nil)
            #expect(!server.message.isEmpty)
        }
        // The session survives a SQL error.
        #expect(try connection.query("select 1")[0].decode(Int.self, at: 0) == 1)
    }

    @Test func uniqueViolationNamesTheConstraint() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table units (name text constraint units_name_key unique)")
        try connection.query("insert into units values ($1)", ["永州市教育局"])
        do {
            try connection.query("insert into units values ($1)", ["永州市教育局"])
            Issue.record("a duplicate was inserted")
        } catch {
            guard case .server(let server) = error else { Issue.record("unexpected \(error)"); return }
            #expect(server.sqlState == .uniqueViolation)
            #expect(server.constraint == "units_name_key")
            #expect(server.detail?.contains("永州市教育局") == true)
            // The client-facing text says nothing about the data; the log text says everything.
            #expect(!String(describing: error).contains("永州市教育局"))
            #expect(String(reflecting: error).contains("23505"))
            #expect(String(reflecting: error).contains("units_name_key"))
        }
    }

    @Test func checkViolationHasItsSQLState() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table amounts (value numeric constraint positive check (value > 0))")
        do {
            try connection.query("insert into amounts values ($1)", [.numeric("-1.00")])
            Issue.record("a negative amount was inserted")
        } catch {
            #expect(error.sqlState == .checkViolation)
            guard case .server(let server) = error else { Issue.record("unexpected \(error)"); return }
            #expect(server.constraint == "positive")
            #expect(server.table == "amounts")
        }
    }

    @Test func hintAndDetailAreKept() throws {
        let connection = try TestDatabase.connect()
        do {
            try connection.query("select no_such_function_x(1)")
            Issue.record("an unknown function ran")
        } catch {
            guard case .server(let server) = error else { Issue.record("unexpected \(error)"); return }
            #expect(server.sqlState == .undefinedFunction)
            #expect(server.hint != nil)
            #expect(String(reflecting: error).contains("HINT"))
        }
    }

    @Test func terminatedBackendIsReportedAsLostConnection() throws {
        let victim = try TestDatabase.connect()
        let killer = try TestDatabase.connect()
        try killer.query("select pg_terminate_backend($1)", [victim.backendPID.postgresBind])
        do {
            try victim.query("select 1")
            Issue.record("a terminated session answered")
        } catch {
            #expect(error.isConnectionLost)
            #expect(String(describing: error) == "the connection to the database was lost")
        }
        #expect(!victim.isConnected)
    }
}
