import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler
import Testing

/// CollectFields (spec §6.3.2) as the SQL shows it: keys in selection order, merged fields,
/// fragments on the node type and on interfaces, `@skip`/`@include` from variables.
@Suite struct CollectFieldsTests {
    static func sql(_ source: String, variables: String = "{}") throws -> String {
        let (operation, _) = try Library.compile(source, variables: variables)
        return Library.sql(operation).joined(separator: "\n")
    }

    @Test func keysFollowTheSelectionOrderAcrossFragments() throws {
        let sql = try Self.sql("""
            { books { nodes { genre ...F title ... on Node { id } genre } } }
            fragment F on Book { pages title }
            """)
        #expect(sql.contains("json_build_object('genre', upper(r1.genre)"))
        let keys = ["'genre'", "'pages'", "'title'", "'id'"].map { sql.range(of: $0)?.lowerBound }
        #expect(keys.allSatisfy { $0 != nil })
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.0! < $0.1! })
        // `genre` and `title` appear once each, merged.
        #expect(sql.components(separatedBy: "'title'").count == 2)
    }

    @Test func skipAndIncludeReadVariables() throws {
        let source = "query($a: Boolean!, $b: Boolean!) { books { totalCount @skip(if: $a) nodes @include(if: $b) { title } } }"
        let both = try Self.sql(source, variables: #"{"a": false, "b": true}"#)
        let neither = try Self.sql(source, variables: #"{"a": true, "b": false}"#)
        #expect(both.contains("'totalCount'") && both.contains("'nodes'"))
        #expect(!neither.contains("'totalCount'") && !neither.contains("'nodes'"))
    }

    @Test func theSameFieldUnderTwoAliasesWithDifferentArguments() throws {
        let (operation, coerced) = try Library.compile("""
            { books { cheap: groupBy(by: [GENRE], first: 2) { count } dear: groupBy(by: [EDITOR], orderBy: COUNT_DESC) { count } } }
            """)
        let sql = Library.sql(operation).joined()
        #expect(sql.contains("'cheap'") && sql.contains("'dear'"))
        #expect(sql.contains("GROUP BY t2.genre") || sql.contains("GROUP BY t1.genre"))
        #expect(sql.contains("editor_id"))
        guard case .sql(_, let binds) = try operation.bind(coerced)[0].value else { return }
        #expect(binds.contains(.int64(2)) && binds.contains(.int64(100)))
    }

    @Test func rootKeysKeepTheirOrderAcrossSQLAndIntrospection() throws {
        // The variable keeps `__type` per request (without one it would be answered when planned).
        let (operation, _) = try Library.compile("query($name: String!) { b: books { totalCount } __typename t: __type(name: $name) { name } a: people { totalCount } }",
                                                 variables: #"{"name": "Book"}"#)
        #expect(operation.rootFields.map(\.responseKey) == ["b", "__typename", "t", "a"])
        let kinds = operation.rootFields.map { field -> String in
            switch field.value {
            case .sql: "sql"
            case .json: "json"
            case .introspection: "introspection"
            case .failed: "failed"
            }
        }
        #expect(kinds == ["sql", "json", "introspection", "sql"])
    }

    @Test func nodeArmsTakeOnlyTheFragmentsThatApply() throws {
        let sql = try Self.sql(#"{ node(id: "Qm9vazox") { ... on Book { title } ... on Person { name } } }"#)
        let book = try #require(sql.range(of: "WHEN 'Book'"))
        let person = try #require(sql.range(of: "WHEN 'Person'"))
        #expect(sql[book.upperBound..<person.lowerBound].contains("'title'"))
        #expect(!sql[book.upperBound..<person.lowerBound].contains("'name'"))
        #expect(sql[person.upperBound...].contains("'name'"))
    }

    @Test func aFourLevelWideQueryIsOneStatementPerRootField() throws {
        let (operation, _) = try Library.compile("""
            {
              people(first: 5) {
                totalCount
                nodes { id name born mentor { name mentor { name } }
                  books(first: 5) { edges { role cursor node { title genre price editor { name mentees(first: 3) { nodes { name books(first: 2) { totalCount nodes { title } } } } } } } }
                  mentees { aggregate { count } groupBy(by: [MENTOR]) { key { mentor { name } } count } }
                }
              }
              books { totalCount }
            }
            """)
        #expect(operation.rootFields.count == 2)
        #expect(Library.sql(operation).count == 2)
    }
}
