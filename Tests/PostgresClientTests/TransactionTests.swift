import Testing
@testable import PostgresClient

struct Boom: Error {}

@Suite struct TransactionTests {
    @Test func commitsWhenTheBodyReturns() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table ledger (n int)")
        let value = try connection.transaction { connection in
            try connection.query("insert into ledger values (1)")
            return 7
        }
        #expect(value == 7)
        #expect(try connection.query("select count(*) from ledger")[0].decode(Int.self, at: 0) == 1)
        #expect(connection.transactionStatus == .idle)
    }

    @Test func rollsBackWhenTheBodyThrows() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table ledger (n int)")
        #expect(throws: Boom.self) {
            try connection.transaction { connection in
                try connection.query("insert into ledger values (1)")
                throw Boom()
            }
        }
        #expect(try connection.query("select count(*) from ledger")[0].decode(Int.self, at: 0) == 0)
        #expect(connection.transactionStatus == .idle)
    }

    @Test func rollsBackWhenAStatementFails() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table ledger (n int unique)")
        #expect(throws: PostgresError.self) {
            try connection.transaction { connection in
                try connection.query("insert into ledger values (1)")
                try connection.query("insert into ledger values (1)")
            }
        }
        #expect(try connection.query("select count(*) from ledger")[0].decode(Int.self, at: 0) == 0)
    }

    @Test func swallowedStatementFailureIsNotReportedAsCommitted() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table ledger (n int unique)")
        do {
            try connection.transaction { connection in
                try connection.query("insert into ledger values (1)")
                _ = try? connection.query("insert into ledger values (1)")
            }
            Issue.record("a failed transaction reported success")
        } catch PostgresError.transactionAborted {
        }
        #expect(try connection.query("select count(*) from ledger")[0].decode(Int.self, at: 0) == 0)
        #expect(connection.transactionStatus == .idle)
    }

    @Test func nestedTransactionsUseSavepoints() throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table ledger (n int)")
        try connection.transaction { connection in
            try connection.query("insert into ledger values (1)")
            #expect(throws: Boom.self) {
                try connection.transaction { connection in
                    try connection.query("insert into ledger values (2)")
                    throw Boom()
                }
            }
            try connection.transaction { connection in
                try connection.query("insert into ledger values (3)")
            }
        }
        let rows = try connection.query("select n from ledger order by n")
        #expect(try rows.map { try $0.decode(Int.self, at: 0) } == [1, 3])
    }
}
