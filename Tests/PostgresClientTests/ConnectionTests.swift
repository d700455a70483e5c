import Testing
@testable import PostgresClient

@Suite struct ConnectionTests {
    @Test func connectsWithTheURLScriptsPgPrints() throws {
        let connection = try TestDatabase.connect()
        #expect(connection.isConnected)
        #expect(connection.serverVersion >= 150_000)
        let result = try connection.query("select current_database(), current_user")
        #expect(try result[0].decode(String.self, at: 0) == "rectify")
        #expect(try result[0].decode(String.self, at: 1) == "rectify")
    }

    @Test func connectsWithAConninfoString() throws {
        let url = try TestDatabase.configuration()
        let conninfo = "host='\(url.host!)' port=\(url.port!) dbname=rectify user=rectify"
        let connection = try PostgresConnection(configuration: PostgresConfiguration(conninfo: conninfo))
        #expect(try connection.query("select 1")[0].decode(Int.self, at: 0) == 1)
    }

    @Test func sessionUsesUTF8AndISODates() throws {
        let connection = try TestDatabase.connect()
        let row = try connection.query("select current_setting('client_encoding'), current_setting('DateStyle'), current_setting('TimeZone')")[0]
        #expect(try row.decode(String.self, at: 0) == "UTF8")
        #expect(try row.decode(String.self, at: 1) == "ISO, YMD")
        #expect(try row.decode(String.self, at: 2) == "UTC")
    }

    @Test func failedConnectNamesHostPortAndDatabaseButNeverThePassword() throws {
        let base = try TestDatabase.configuration()
        let secret = "s3cr3t-Pa55word"
        let url = "postgresql://rectify:\(secret)@/no_such_database?host=\(base.host!)&port=\(base.port!)"
        do {
            _ = try PostgresConnection(url: url)
            Issue.record("connecting to a missing database succeeded")
        } catch {
            guard case .connectionFailed = error else { Issue.record("unexpected \(error)"); return }
            let debug = String(reflecting: error)
            #expect(debug.contains(base.host!))
            #expect(debug.contains(base.port!))
            #expect(debug.contains("no_such_database"))
            #expect(debug.contains("does not exist"))
            #expect(!debug.contains(secret))
            #expect(!String(describing: error).contains(secret))
            #expect(!String(describing: error).contains("no_such_database"))
        }
    }

    @Test func failedConnectToAClosedPortSaysWhereItTried() throws {
        let configuration = PostgresConfiguration(host: "127.0.0.1", port: 1, database: "rectify", user: "rectify", password: "hunter2")
        do {
            _ = try PostgresConnection(configuration: configuration)
            Issue.record("connecting to port 1 succeeded")
        } catch {
            guard case .connectionFailed(let failure) = error else { Issue.record("unexpected \(error)"); return }
            #expect(failure.host == "127.0.0.1")
            #expect(failure.port == "1")
            #expect(failure.database == "rectify")
            #expect(!failure.reason.isEmpty)
            #expect(!String(reflecting: failure).contains("hunter2"))
        }
    }

    @Test func countsStatementsPerConnectionAndProcessWide() throws {
        let connection = try TestDatabase.connect()
        let before = connection.statementsExecuted
        let processBefore = StatementCounter.executed
        try connection.query("select 1")
        try connection.query("select $1::int", [.int(2)])
        try connection.executeScript("select 1; select 2")
        #expect(connection.statementsExecuted - before == 3)
        #expect(StatementCounter.executed - processBefore >= 3)
    }
}
