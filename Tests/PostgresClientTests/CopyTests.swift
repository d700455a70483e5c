import Testing
@testable import PostgresClient

@Suite struct CopyTests {
    @Test func copiesOneHundredThousandRows() throws {
        try TestDatabase.withScratchSchema { connection, _ in
            try connection.query("create table finding (id int8 primary key, title text, amount numeric(14,2), found date, note text)")
            let found = PostgresDate(year: 2020, month: 5, day: 1)!
            let copied = try connection.copyFromStdin("copy finding (id, title, amount, found, note) from stdin") { writer in
                for id in 1...100_000 {
                    try writer.append([
                        .int(id), .text("永州市教育局 第\(id)条\t\\ \"quoted\"\n"), .numeric(PostgresNumeric("\(id).25")),
                        .date(found), id % 10 == 0 ? nil : .text("note"),
                    ])
                }
            }
            #expect(copied == 100_000)
            let summary = try connection.query("""
                select count(*), sum(amount), count(note), min(found)::text from finding
                """)[0]
            #expect(try summary.decode(Int.self, at: 0) == 100_000)
            #expect(try summary.decode(PostgresNumeric.self, at: 1).text == "5000075000.00")
            #expect(try summary.decode(Int.self, at: 2) == 90_000)
            #expect(try summary.decode(String.self, at: 3) == "2020-05-01")
            let row = try connection.query("select title from finding where id = 77")[0]
            #expect(try row.decode(String.self, at: 0) == "永州市教育局 第77条\t\\ \"quoted\"\n")
        }
    }

    @Test func copyAbortedByTheBodyLoadsNothing() throws {
        try TestDatabase.withScratchSchema { connection, _ in
            try connection.query("create table items (n int)")
            #expect(throws: Boom.self) {
                try connection.copyFromStdin("copy items from stdin") { writer in
                    for n in 1...10 { try writer.append([.int(n)]) }
                    throw Boom()
                }
            }
            #expect(try connection.query("select count(*) from items")[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func badCopyDataIsATypedErrorAndTheConnectionSurvives() throws {
        try TestDatabase.withScratchSchema { connection, _ in
            try connection.query("create table items (n int)")
            do {
                try connection.copyFromStdin("copy items from stdin") { writer in
                    try writer.append([.int(1)])
                    try writer.append(["not a number"])
                }
                Issue.record("bad COPY data was accepted")
            } catch let error as PostgresError {
                #expect(error.sqlState == .invalidTextRepresentation)
            }
            #expect(try connection.query("select count(*) from items")[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func copyStatementThatIsNotCopyFromStdinIsRefused() throws {
        let connection = try TestDatabase.connect()
        #expect(throws: PostgresError.self) {
            try connection.copyFromStdin("select 1") { _ in }
        }
        #expect(throws: PostgresError.self) {
            try connection.copyFromStdin("copy (select 1) to stdout") { _ in }
        }
        #expect(try connection.query("select 1")[0].decode(Int.self, at: 0) == 1)
    }
}
