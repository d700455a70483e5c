import Foundation
import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler
import Testing

/// The introspection executor against graphql-core 3.2.8: the full introspection query (with
/// descriptions, `specifiedByURL`, `isRepeatable`, schema description and deprecated input values)
/// must give exactly graphql-core's result for the same SDL, so `build_client_schema` round-trips.
/// The fixture is graphql-core's result but for one text: `@oneOf`'s description is graphql-js
/// 16.9's, which graphql-core 3.2.8 words differently.
@Suite struct IntrospectionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func execute(_ source: String, variables: String = "{}") throws -> JSONValue {
        let (operation, coerced) = try Library.compile(source, variables: variables)
        var text = "{"
        for (index, field) in try operation.bind(coerced).enumerated() {
            guard case .json(let json) = field.value else { throw FixtureError(description: "\(field.responseKey) is not answered in Swift") }
            text += (index > 0 ? "," : "") + "\"\(field.responseKey)\":" + json
        }
        return try JSONParser.parse(text + "}")
    }

    @Test func theFullIntrospectionQueryMatchesGraphQLCore() throws {
        let query = try String(contentsOf: Self.fixtures.appendingPathComponent("introspection-query.graphql"), encoding: .utf8)
        let expected = try JSONParser.parse(String(contentsOf: Self.fixtures.appendingPathComponent("library-introspection.json"), encoding: .utf8))
        let actual = try Self.execute(query)
        #expect(firstDifference(actual, expected) == nil)
    }

    /// graphql-core 3.2.8: false for an input object without `@oneOf`, null for any other type.
    @Test func isOneOfIsAskedOfInputObjectsOnly() throws {
        let data = try Self.execute(#"{ i: __type(name: "BookFilter") { isOneOf } o: __type(name: "Query") { isOneOf } }"#)
        #expect(data["i"]?["isOneOf"] == .bool(false))
        #expect(data["o"]?["isOneOf"] == .null)
    }

    @Test func typeByNameFollowsVariablesAndReturnsNullForUnknownNames() throws {
        let source = "query($name: String!) { __type(name: $name) { name kind fields { name } } }"
        let book = try Self.execute(source, variables: #"{"name": "Book"}"#)
        #expect(book["__type"]?["kind"] == .string("OBJECT"))
        // The same compiled plan serves another name: the value is read per request.
        let document = try Library.document(source)
        let first = try Library.variables(#"{"name": "Book"}"#, for: document)
        let second = try Library.variables(#"{"name": "Nope"}"#, for: document)
        let compiler = Library.compiler()
        #expect(try compiler.variableShape(of: document, operationName: nil, variables: first) == compiler.variableShape(of: document, operationName: nil, variables: second))
        let operation = try compiler.compile(document, operationName: nil, variables: first)
        guard case .json(let json) = try operation.bind(second)[0].value else {
            Issue.record("introspection not answered in Swift")
            return
        }
        #expect(json == "null")
    }

    /// An operation without variables can only ever get one answer, so the plan holds it; one
    /// with variables is answered per request (the test above).
    @Test func anOperationWithoutVariablesIsAnsweredWhenPlanned() throws {
        let document = try Library.document(#"{ __schema { queryType { name } } t: __type(name: "Book") { name } }"#)
        let operation = try Library.compiler().compile(document, operationName: nil, variables: try Library.variables("{}", for: document))
        let planned = operation.rootFields.map { field -> String? in
            if case .json(let json) = field.value { json } else { nil }
        }
        #expect(planned == [#"{"queryType":{"name":"Query"}}"#, #"{"name":"Book"}"#])
        let withVariable = try Library.document("query($n: String!) { __type(name: $n) { name } }")
        let perRequest = try Library.compiler().compile(withVariable, operationName: nil, variables: try Library.variables(#"{"n": "Book"}"#, for: withVariable))
        guard case .introspection = perRequest.rootFields[0].value else {
            Issue.record("an operation with variables was answered when planned")
            return
        }
    }

    @Test func deprecatedFieldsAppearOnlyWhenAskedFor() throws {
        let data = try Self.execute("""
            { hidden: __type(name: "Book") { fields { name } }
              shown: __type(name: "Book") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }
            """)
        let hidden = (data["hidden"]?["fields"]?.items ?? []).compactMap { $0["name"] }
        let shown = data["shown"]?["fields"]?.items ?? []
        #expect(!hidden.isEmpty && !hidden.contains(.string("isbn")))
        let isbn = shown.first { $0["name"] == .string("isbn") }
        #expect(isbn?["isDeprecated"] == .bool(true))
        #expect(isbn?["deprecationReason"] == .string("Use title."))
    }

    @Test func fragmentsAliasesAndTypenameWorkInsideIntrospection() throws {
        let data = try Self.execute("""
            { __schema { q: queryType { ...T } __typename } }
            fragment T on __Type { n: name __typename k: kind @skip(if: true) }
            """)
        #expect(data == .object([JSONMember("__schema", .object([
            JSONMember("q", .object([JSONMember("n", .string("Query")), JSONMember("__typename", .string("__Type"))])),
            JSONMember("__typename", .string("__Schema")),
        ]))]))
    }
}
