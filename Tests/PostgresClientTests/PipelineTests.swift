import Testing
@testable import PostgresClient

@Suite struct PipelineTests {
    @Test func pipelineRunsPreparationsAndStatementsInOneBatch() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table notes (id int primary key, body text)")
        let insert = PostgresStatement("insert into notes values ($1, $2)")
        let loop = PollLoop()
        let job = PollLoop.Job("P", connection, [PendingQuery(connection, [
            .prepared(insert, [1, "一"]),
            .prepared(insert, [2, "二"]),
            .sql("select string_agg(body, ',' order by id) from notes"),
        ], mode: .pipelined)])
        try loop.run([job])
        #expect(job.errors.isEmpty)
        #expect(job.results[0].count == 3)
        #expect(job.results[0][0].affectedRows == 1)
        #expect(try job.results[0][2][0].decode(String.self, at: 0) == "一,二")
        #expect(connection.isPrepared(insert))
        #expect(connection.pipelineStatus == .off)
    }

    @Test func failureInAPipelineSkipsTheRestAndRollsBackTheBatch() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table notes (id int primary key)")
        let loop = PollLoop()
        let job = PollLoop.Job("F", connection, [
            PendingQuery(connection, [
                .sql("insert into notes values (1)"),
                .sql("insert into notes values (1)"),
                .sql("insert into notes values (3)"),
            ], mode: .pipelined),
            PendingQuery(connection, .sql("select count(*) from notes")),
        ])
        try loop.run([job])
        #expect(job.errors.count == 1)
        #expect(job.errors.first?.sqlState == .uniqueViolation)
        // The batch up to the sync was one implicit transaction: nothing stayed.
        #expect(try job.results[1][0][0].decode(Int.self, at: 0) == 0)
        #expect(connection.pipelineStatus == .off)
    }

    @Test func aNULInAPipelinedParameterIsRefusedBeforeAnythingIsSent() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table notes (id int primary key, body text)")
        let insert = PostgresStatement("insert into notes values ($1, $2)")
        let pending = PendingQuery(connection, [
            .prepared(insert, [1, "fine"]),
            .prepared(insert, [2, "a\u{0}b"]),
        ], mode: .pipelined)
        #expect {
            _ = try pending.advance()
        } throws: { error in
            guard case .invalidParameter(let position, let reason) = error as? PostgresError else { return false }
            return position == 2 && reason.contains("NUL")
        }
        // Nothing was sent: the connection is out of pipeline mode, nothing prepared or inserted.
        #expect(connection.pipelineStatus == .off)
        #expect(!connection.isPrepared(insert))
        let loop = PollLoop()
        let job = PollLoop.Job("N", connection, [PendingQuery(connection, .sql("select count(*) from notes"))])
        try loop.run([job])
        #expect(job.errors.isEmpty)
        #expect(try job.results[0][0][0].decode(Int.self, at: 0) == 0)
    }

    @Test func singleRowModeWorksInsideAPipeline() throws {
        let connection = try TestDatabase.connect()
        let loop = PollLoop()
        let job = PollLoop.Job("S", connection, [PendingQuery(connection, [
            .sql("select 'first'"),
            .sql("select generate_series(1, 100)", singleRow: true),
            .sql("select 'last'"),
        ], mode: .pipelined)])
        try loop.run([job])
        #expect(job.errors.isEmpty)
        #expect(job.rows.count == 100)
        #expect(try job.results[0][0][0].decode(String.self, at: 0) == "first")
        #expect(try job.results[0][2][0].decode(String.self, at: 0) == "last")
    }

    @Test func aFailureBeforeASingleRowStatementInAPipelineLeavesTheConnectionUsable() throws {
        let connection = try TestDatabase.connect()
        let loop = PollLoop()
        let job = PollLoop.Job("F", connection, [PendingQuery(connection, [
            .sql("select 1/0"),
            .sql("select generate_series(1, 3)", singleRow: true),
        ], mode: .pipelined)])
        try loop.run([job])
        #expect(job.errors.count == 1)
        #expect(job.errors.first?.sqlState == .divisionByZero)
        #expect(job.rows.isEmpty)
        #expect(connection.pipelineStatus == .off)
        #expect(try connection.query("select 2")[0].decode(Int.self, at: 0) == 2)
    }

    @Test func manyStatementsInOnePipelineCountOncePerStatement() throws {
        let connection = try TestDatabase.connect()
        let before = connection.statementsExecuted
        let statements = (0..<200).map { PendingQuery.Statement.sql("select $1::int", [.int($0)]) }
        let loop = PollLoop()
        let job = PollLoop.Job("M", connection, [PendingQuery(connection, statements, mode: .pipelined)])
        try loop.run([job])
        #expect(job.errors.isEmpty)
        #expect(try job.results[0].map { try $0[0].decode(Int.self, at: 0) } == Array(0..<200))
        #expect(connection.statementsExecuted - before == 200)
    }
}
