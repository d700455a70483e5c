import GraphQLLanguage
import QueryCompiler
@testable import Rectify
import Testing

/// `CompiledStatement.compile`: a request body to the statements the service sends, as
/// `rectify-bench sql` prints them and pgbench runs them. Pure: no database.
@Suite struct CompiledStatementTests {
    static let configuration: ServiceConfiguration = {
        var configuration = ServiceConfiguration(databaseURL: "postgresql:///unused")
        configuration.schemaPath = Fixtures.root.appendingPathComponent("schema.graphql").path
        return configuration
    }()

    static func body(_ query: String, variables: String = "{}") -> [UInt8] {
        var buffer: [UInt8] = Array(#"{"query":"#.utf8)
        JSONWriter.writeString(query, into: &buffer)
        buffer += Array(#","variables":"#.utf8) + Array(variables.utf8) + Array("}".utf8)
        return buffer
    }

    static let page = """
        query Page($first: Int) {
          findings(first: $first, filter: { status: { eq: IN_PROGRESS } }, orderBy: [{ field: NUMBER }]) {
            nodes { number title }
          }
        }
        """

    @Test func givesTheCompilersStatementUnderTheResponseGuardWithItsParametersAndTheLimit() throws {
        let statements = try CompiledStatement.compile(body: Self.body(Self.page, variables: #"{"first": 5}"#),
                                                       configuration: Self.configuration)
        let prepared = try CompilerHarness.prepare(Self.page, variables: #"{"first": 5}"#)
        guard case .sql(let text, let binds)? = try prepared.operation.bind(prepared.variables).first?.value else {
            Issue.record("the page should compile to SQL")
            return
        }
        #expect(statements.count == 1)
        #expect(statements.first?.responseKey == "findings")
        #expect(statements.first?.sql == ResponseSizeGuard.sql(wrapping: text, parameterCount: binds.count))
        #expect(statements.first?.sql.contains("(\(text))") == true)
        #expect(statements.first?.parameters == binds.map(\.postgresText) + [String(Self.configuration.maxResponseBytes)])
        #expect(statements.first?.parameters.contains("in_progress") == true)
    }

    @Test func decodesANodeIDIntoTypeAndKey() throws {
        let id = GlobalID(typeName: "Finding", key: 52).encoded
        let statements = try CompiledStatement.compile(
            body: Self.body("query($id: ID!) { node(id: $id) { id } }", variables: #"{"id": "\#(id)"}"#),
            configuration: Self.configuration)
        #expect(statements.count == 1)
        #expect(Array(statements.first?.parameters.prefix(2) ?? []) == ["Finding", "52"])
    }

    @Test func introspectionNeedsNoStatement() throws {
        let statements = try CompiledStatement.compile(body: Self.body("{ __schema { queryType { name } } __typename }"),
                                                       configuration: Self.configuration)
        #expect(statements.isEmpty)
    }

    @Test(arguments: [
        (#"{ nope }"#, "{}", #"Cannot query field "nope" on type "Query"."#),
        (Self.page, #"{"first": "five"}"#, #"Variable "$first" got invalid value "five"; Int cannot represent non-integer value: "five""#),
        ("{ findings(first: 5000) { nodes { number } } }", "{}", "5000"),
    ])
    func refusesWhatTheServiceRefuses(query: String, variables: String, message: String) {
        #expect {
            try CompiledStatement.compile(body: Self.body(query, variables: variables), configuration: Self.configuration)
        } throws: { error in
            guard case CompiledStatement.Failure.rejected(let messages) = error else { return false }
            return messages.contains { $0.contains(message) }
        }
    }

    @Test func refusesABodyThatIsNotARequest() {
        #expect {
            try CompiledStatement.compile(body: Array("[]".utf8), configuration: Self.configuration)
        } throws: { error in
            guard case CompiledStatement.Failure.rejected(let messages) = error else { return false }
            return messages.contains { $0.contains("batched requests are not supported") }
        }
    }
}
