import GraphQLLanguage
import PostgresClient
import QueryCompiler
import Testing

/// The compiled SQL run against PostgreSQL with the migrated schema and the seed notice imported.
@Suite struct CompilerExecutionTests {
    @Test func countsFindingsByCategory() throws {
        let connection = try SeedDatabase.connect()
        let data = try CompilerHarness.execute("""
            { findings { totalCount groupBy(by: [CATEGORY]) { key { category } count } } }
            """, on: connection)
        #expect(data[.key("findings"), .key("totalCount")]?.int == 51)
        let counts = data[.key("findings"), .key("groupBy")]?.array.map { ($0[.key("key"), .key("category")]?.string ?? "", $0[.key("count")]?.int ?? 0) } ?? []
        #expect(counts.map(\.0) == ["CONDUCT", "DISCIPLINE", "IDEOLOGICAL", "ORGANISATIONAL", "POLITICAL"])
        #expect(counts.map(\.1) == [9, 11, 9, 15, 7])
    }
}
