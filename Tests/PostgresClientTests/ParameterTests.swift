import Testing
@testable import PostgresClient

/// Values travel as binds, so nothing in them can change the statement.
@Suite struct ParameterTests {
    @Test(arguments: ["'; drop table victims; --", "O'Reilly", #"back\slash"#, #"\x27"#, "$1", #"" or ""=""#, "E'\\''", "--", "/* */"])
    func hostileTextGoesThroughUntouched(_ text: String) throws {
        let connection = try TestDatabase.connect()
        try connection.query("create temp table victims (name text)")
        try connection.query("insert into victims (name) values ($1)", [.text(text)])
        let rows = try connection.query("select name from victims where name = $1", [.text(text)])
        #expect(rows.count == 1)
        #expect(try rows[0].decode(String.self, at: 0) == text)
        #expect(try connection.query("select count(*) from victims")[0].decode(Int.self, at: 0) == 1)
    }

    @Test func textWithANulByteIsRejectedBeforeSending() throws {
        let connection = try TestDatabase.connect()
        let before = connection.statementsExecuted
        do {
            try connection.query("select $1::text, $2::text", ["fine", .text("nul\u{0}byte")])
            Issue.record("a NUL byte was sent")
        } catch {
            guard case .invalidParameter(let position, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(position == 2)
        }
        #expect(connection.statementsExecuted == before)
    }

    @Test func multipleStatementsAreRefusedInAParameterizedQuery() throws {
        let connection = try TestDatabase.connect()
        do {
            try connection.query("select 1; select 2")
            Issue.record("two statements ran through query()")
        } catch {
            #expect(error.sqlState == .syntaxError)
        }
    }
}
