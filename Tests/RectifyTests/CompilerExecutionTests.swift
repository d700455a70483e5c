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

extension CompilerExecutionTests {
    @Test func aFourLevelWideQueryRunsAsOneStatementPerRootField() throws {
        let connection = try SeedDatabase.connect()
        let prepared = try CompilerHarness.prepare("""
            {
              inspections(first: 1) {
                nodes {
                  title startDate endDate reportDate publishedAt source summary
                  team { name kind parent { name } }
                  findings(first: 60, orderBy: [{ field: NUMBER }]) {
                    totalCount
                    edges {
                      cursor
                      node {
                        id number title category status longTerm progress
                        units { edges { role node { name shortName kind parent { name } people { nodes { name role } } } } }
                        dispositions { nodes { kind note person { name role unit { name } } } }
                        funds { nodes { amount kind sourceText unit { name } } }
                      }
                    }
                    pageInfo { hasNextPage endCursor }
                  }
                }
              }
              units(first: 5) { totalCount }
            }
            """)
        let before = connection.statementsExecuted
        let data = try CompilerHarness.run(prepared.operation, variables: prepared.variables, on: connection)
        #expect(connection.statementsExecuted - before == 2)
        let edges = data[.key("inspections"), .key("nodes"), .index(0), .key("findings"), .key("edges")]?.array ?? []
        #expect(edges.count == 51)
        #expect(edges.map { $0[.key("node"), .key("number")]?.int ?? 0 } == Array(1...51))
    }

    @Test func globalIDsFromPostgreSQLFetchTheirObjects() throws {
        let connection = try SeedDatabase.connect()
        let listed = try CompilerHarness.execute("{ findings(first: 2, orderBy: [{field: NUMBER}]) { nodes { id number } } units(first: 1) { nodes { id name } } }", on: connection)
        let findingID = try #require(listed[.key("findings"), .key("nodes"), .index(1), .key("id")]?.string)
        let unitID = try #require(listed[.key("units"), .key("nodes"), .index(0), .key("id")]?.string)
        #expect(GlobalID.decode(findingID)?.typeName == "Finding")
        let unknown = GlobalID(typeName: "Finding", key: 999_999).encoded
        let data = try CompilerHarness.execute("""
            query($f: ID!, $u: ID!, $x: ID!) {
              one: node(id: $f) { __typename id ... on Finding { number } }
              missing: node(id: $x) { id }
              many: nodes(ids: [$u, $x, $f]) { __typename ... on Unit { name } ... on Finding { number } }
            }
            """, variables: #"{"f": "\#(findingID)", "u": "\#(unitID)", "x": "\#(unknown)"}"#, on: connection)
        #expect(data[.key("one")] == .object([JSONMember("__typename", .string("Finding")), JSONMember("id", .string(findingID)), JSONMember("number", .number("2"))]))
        #expect(data[.key("missing")] == .null)
        let many = data[.key("many")]?.array ?? []
        #expect(many.count == 3)
        #expect(many.first?[.key("__typename")]?.string == "Unit")
        #expect(many[1] == .null)
        #expect(many.last?[.key("number")]?.int == 2)
    }

    @Test func mixedIntrospectionAndDataKeepTheirKeyOrder() throws {
        let connection = try SeedDatabase.connect()
        let data = try CompilerHarness.execute("""
            { f: findings { totalCount } __typename t: __type(name: "Finding") { name } s: __schema { queryType { name } } }
            """, on: connection)
        guard case .object(let members) = data else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["f", "__typename", "t", "s"])
        #expect(data[.key("t"), .key("name")]?.string == "Finding")
    }

    @Test func textSearchEscapesLikeMetacharactersAndMatchesChinese() throws {
        let connection = try SeedDatabase.connect()
        let percent = try CompilerHarness.execute(#"{ findings(filter: {title: {contains: "%"}}) { totalCount } }"#, on: connection)
        #expect(percent[.key("findings"), .key("totalCount")]?.int == 0)
        let prefix = try CompilerHarness.execute(#"{ findings(filter: {title: {startsWith: "市教科院"}}) { nodes { number } } }"#, on: connection)
        #expect((prefix[.key("findings"), .key("nodes")]?.array ?? []).compactMap { $0[.key("number")]?.int } == [32, 34, 49])
    }

    @Test func decimalsAreExactStringsAndFiltersCompareThemExactly() throws {
        let connection = try SeedDatabase.connect()
        let data = try CompilerHarness.execute("""
            { funds(filter: {amount: {eq: "381200.00"}}) { nodes { amount } } big: funds(filter: {amount: {gt: 1e9}}) { nodes { amount } } }
            """, on: connection)
        #expect(data[.key("funds"), .key("nodes"), .index(0), .key("amount")] == .string("381200.00"))
        #expect(data[.key("big"), .key("nodes"), .index(0), .key("amount")] == .string("7700000000.00"))
    }
}
