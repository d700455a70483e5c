import Testing
@testable import PostgresClient

@Suite struct PreparedStatementTests {
    @Test func sameStatementIsPreparedOncePerConnection() throws {
        let connection = try TestDatabase.connect()
        let statement = PostgresStatement("select $1::int8 * 2")
        let executedBefore = connection.statementsExecuted
        for value in 1...5 {
            #expect(try connection.query(statement, [.int(value)])[0].decode(Int.self, at: 0) == value * 2)
        }
        #expect(connection.statementsExecuted - executedBefore == 5)
        let prepared = try connection.query("select count(*) from pg_prepared_statements where name = $1", [.text(statement.name)])
        #expect(try prepared[0].decode(Int.self, at: 0) == 1)
        #expect(connection.preparedStatementCount == 1)
        #expect(connection.statementsPrepared == 1)
        // Same SQL built elsewhere gets the same name.
        #expect(PostgresStatement("select $1::int8 * 2").name == statement.name)
        #expect(PostgresStatement("select $1::int8 * 3").name != statement.name)
    }

    /// The statements the server holds for this session, by name.
    static func serverPrepared(_ connection: PostgresConnection) throws -> Set<String> {
        let result = try connection.query("select name from pg_prepared_statements")
        return Set(try (0..<result.count).map { try result[$0].decode(String.self, at: 0) })
    }

    @Test func preparedStatementsBeyondTheCapacityAreDeallocatedLeastRecentlyUsedFirst() throws {
        let connection = try TestDatabase.connect()
        connection.preparedStatementCapacity = 10
        let statements = (0..<25).map { PostgresStatement("select \($0) + $1::int4") }
        let kept = statements[0]
        for (index, statement) in statements.enumerated() {
            #expect(try connection.query(statement, [1])[0].decode(Int.self, at: 0) == index + 1)
            _ = try connection.query(kept, [0])  // used all along: never the least recently used
        }
        let onServer = try Self.serverPrepared(connection)
        #expect(connection.preparedStatementCount <= 10)
        #expect(onServer.count == connection.preparedStatementCount, "the server holds exactly what the client records")
        #expect(onServer.contains(kept.name))
        #expect(onServer.contains(statements[24].name))
        #expect(!onServer.contains(statements[1].name))
        // An evicted statement is simply prepared again.
        #expect(try connection.query(statements[1], [1])[0].decode(Int.self, at: 0) == 2)
    }

    @Test(arguments: [PendingQuery.Mode.pipelined, .sequential])
    func pendingQueriesKeepTheCapacityToo(_ mode: PendingQuery.Mode) throws {
        let connection = try TestDatabase.connect()
        connection.preparedStatementCapacity = 5
        let loop = PollLoop()
        for round in 0..<6 {
            let batch = (0..<3).map { PostgresStatement("select \(round * 10 + $0) + $1::int4") }
            let job = PollLoop.Job("C", connection, [PendingQuery(connection, batch.map { .prepared($0, [1]) }, mode: mode)])
            try loop.run([job])
            #expect(job.errors.isEmpty)
            #expect(try job.results[0][2][0].decode(Int.self, at: 0) == round * 10 + 3)
            #expect(batch.allSatisfy(connection.isPrepared))
        }
        #expect(connection.preparedStatementCount <= 5)
        #expect(try Self.serverPrepared(connection).count == connection.preparedStatementCount)
        #expect(connection.pipelineStatus == .off)
    }

    @Test(arguments: [PendingQuery.Mode.pipelined, .sequential])
    func aFailedDeallocationFailsNoStatement(_ mode: PendingQuery.Mode) throws {
        let connection = try TestDatabase.connect()
        connection.preparedStatementCapacity = 3
        let loop = PollLoop()
        for round in 0..<2 {
            let batch = (0..<3).map { PostgresStatement("select \(round * 10 + $0 + 500) + $1::int4") }
            // The server forgets everything: the evictions' DEALLOCATEs fail with 26000.
            try connection.executeScript("deallocate all")
            let job = PollLoop.Job("D", connection, [PendingQuery(connection, batch.map { .prepared($0, [1]) }, mode: mode)])
            try loop.run([job])
            #expect(job.errors.isEmpty, "\(job.errors)")
            #expect(try job.results[0][0][0].decode(Int.self, at: 0) == round * 10 + 501)
        }
        #expect(connection.pipelineStatus == .off)
        #expect(connection.transactionStatus == .idle)
    }

    @Test func nothingIsDeallocatedInsideATransaction() throws {
        let connection = try TestDatabase.connect()
        connection.preparedStatementCapacity = 2
        try connection.executeScript("begin")
        for value in 0..<4 { _ = try connection.query(PostgresStatement("select \(value) + $1::int4"), [1]) }
        #expect(connection.transactionStatus == .inTransaction)
        #expect(connection.preparedStatementCount == 4)
        try connection.executeScript("commit")
        _ = try connection.query(PostgresStatement("select 99 + $1::int4"), [1])
        #expect(connection.preparedStatementCount <= 2)
        #expect(try Self.serverPrepared(connection).count == connection.preparedStatementCount)
    }

    @Test func statementForgottenByTheServerIsPreparedAgain() throws {
        let connection = try TestDatabase.connect()
        let statement = PostgresStatement("select $1::text || '!'")
        #expect(try connection.query(statement, ["a"])[0].decode(String.self, at: 0) == "a!")
        try connection.executeScript("deallocate all")
        #expect(try connection.query(statement, ["b"])[0].decode(String.self, at: 0) == "b!")
    }

    @Test func statementsArePreparedAgainOnANewConnection() throws {
        let statement = PostgresStatement("select 41 + $1::int4")
        for _ in 0..<2 {
            let connection = try TestDatabase.connect()
            #expect(!connection.isPrepared(statement))
            #expect(try connection.query(statement, [1])[0].decode(Int.self, at: 0) == 42)
            #expect(connection.isPrepared(statement))
        }
    }

    @Test func preparedStatementErrorsAreTyped() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table codes (code text primary key)")
        let insert = PostgresStatement("insert into codes values ($1)")
        try connection.query(insert, ["a"])
        do {
            try connection.query(insert, ["a"])
            Issue.record("duplicate accepted")
        } catch {
            #expect(error.sqlState == .uniqueViolation)
        }
        #expect(throws: PostgresError.self) { try connection.query(PostgresStatement("selec 1")) }
    }
}
