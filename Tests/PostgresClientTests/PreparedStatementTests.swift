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
