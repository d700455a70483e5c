import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler
import Testing

/// The plan cache's contract: same shape → same SQL text (values are binds); anything that
/// changes the SQL's structure changes the variable shape.
@Suite struct PlanReuseTests {
    static let filtered = """
        query($filter: BookFilter, $first: Int, $after: String, $order: [BookOrder!], $all: Boolean!) {
          books(filter: $filter, first: $first, after: $after, orderBy: $order) {
            nodes { title }
            totalCount @include(if: $all)
          }
        }
        """

    static func shapeAndSQL(_ source: String, _ variables: String) throws -> (VariableShape, [String], [[SQLBindValue]]) {
        let document = try Library.document(source)
        let coerced = try Library.variables(variables, for: document)
        let compiler = Library.compiler()
        let shape = try compiler.variableShape(of: document, operationName: nil, variables: coerced)
        let operation = try compiler.compile(document, operationName: nil, variables: coerced)
        let binds = try operation.bind(coerced).compactMap { if case .sql(_, let binds) = $0.value { binds } else { nil } }
        return (shape, Library.sql(operation), binds)
    }

    @Test func newValuesOfTheSameShapeReuseThePlan() throws {
        let a = try Self.shapeAndSQL(Self.filtered, #"{"filter": {"title": {"contains": "a"}, "genre": {"in": ["NOVEL"]}}, "first": 5, "all": true}"#)
        let b = try Self.shapeAndSQL(Self.filtered, #"{"filter": {"title": {"contains": "党费%"}, "genre": {"in": ["POETRY", "ESSAY", "NOVEL"]}}, "first": 50, "all": true}"#)
        #expect(a.0 == b.0)
        #expect(a.1 == b.1)
        #expect(a.2 != b.2)
        // A plan made for one request's values binds another's correctly.
        let document = try Library.document(Self.filtered)
        let first = try Library.variables(#"{"filter": {"title": {"contains": "a"}, "genre": {"in": ["NOVEL"]}}, "first": 5, "all": true}"#, for: document)
        let second = try Library.variables(#"{"filter": {"title": {"contains": "党费%"}, "genre": {"in": ["POETRY", "ESSAY", "NOVEL"]}}, "first": 50, "all": true}"#, for: document)
        let operation = try Library.compiler().compile(document, operationName: nil, variables: first)
        let rebound = try operation.bind(second).compactMap { if case .sql(_, let binds) = $0.value { binds } else { nil } }
        #expect(rebound == b.2)
    }

    @Test(arguments: [
        #"{"filter": {"title": {"eq": "a"}}, "all": true}"#,
        #"{"filter": {"title": {"contains": "a"}, "pages": {"gt": 3}}, "all": true}"#,
        #"{"filter": {"title": {"isNull": false}}, "all": true}"#,
        #"{"filter": {"or": [{"title": {"contains": "a"}}, {"title": {"contains": "b"}}]}, "all": true}"#,
        #"{"filter": {"title": {"contains": "a"}}, "order": [{"field": "PRICE"}], "all": true}"#,
        #"{"filter": {"title": {"contains": "a"}}, "order": [{"field": "TITLE", "direction": "DESC"}], "all": true}"#,
        #"{"filter": {"title": {"contains": "a"}}, "all": false}"#,
        #"{"filter": {"title": {"contains": "a"}}, "after": "WyJkMmQwMmJhYyIsIDRd", "all": true}"#,
    ])
    func structuralChangesChangeTheShapeAndTheSQL(_ variables: String) throws {
        let base = try Self.shapeAndSQL(Self.filtered, #"{"filter": {"title": {"contains": "a"}}, "all": true}"#)
        let changed = try Self.shapeAndSQL(Self.filtered, variables)
        #expect(base.0 != changed.0)
        #expect(base.1 != changed.1)
    }

    @Test func isNullTrueAndFalseAreDifferentShapes() throws {
        let yes = try Self.shapeAndSQL(Self.filtered, #"{"filter": {"price": {"isNull": true}}, "all": true}"#)
        let no = try Self.shapeAndSQL(Self.filtered, #"{"filter": {"price": {"isNull": false}}, "all": true}"#)
        #expect(yes.0 != no.0)
        #expect(yes.1 != no.1)
    }

    @Test func documentsDifferingOnlyInLiteralsShareTheSQLText() throws {
        let a = try Self.shapeAndSQL(#"{ books(first: 3, filter: {pages: {gt: 5, lt: 5}, title: {startsWith: "x"}}) { nodes { title } } }"#, "{}")
        let b = try Self.shapeAndSQL(#"{ books(first: 30, filter: {pages: {gt: 1, lt: 900}, title: {startsWith: "党"}}) { nodes { title } } }"#, "{}")
        #expect(a.1 == b.1)
        #expect(a.2 != b.2)
    }

    @Test func valuesNeverAppearInTheSQLText() throws {
        let marker = "Robert'); DROP TABLE books;--"
        let result = try Self.shapeAndSQL(Self.filtered, #"{"filter": {"title": {"eq": "\#(marker)"}}, "all": true}"#)
        #expect(!result.1.joined().contains("Robert"))
        #expect(result.2.joined().contains(.text(marker)))
    }
}
