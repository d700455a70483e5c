import Foundation
import GraphQLLanguage
import Testing

/// The server's introspection answer describes exactly the schema it loaded: turned back into
/// SDL, it equals `schema.graphql` up to the order of definitions.
@Suite struct ServiceIntrospectionTests {
    static let introspectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """

    @Test func introspectionRoundTripsToTheLoadedSDL() throws {
        let service = try ServiceHarness.service()
        let data = try service.data(Self.introspectionQuery)
        let served = IntrospectionSDL.printedDefinitions(try IntrospectionSDL.document(from: data))
        let sdl = try String(contentsOf: Fixtures.root.appendingPathComponent("schema.graphql"), encoding: .utf8)
        let loaded = IntrospectionSDL.printedDefinitions(try Parser.parse(sdl))
        #expect(served.count == loaded.count)
        #expect(served.count > 100)
        for (ours, expected) in zip(served, loaded) where ours != expected {
            Issue.record("introspection differs:\n\(ours)\n--- schema.graphql:\n\(expected)")
            break
        }
        #expect(served == loaded)
    }

    @Test func servesTheSDLItLoaded() throws {
        let service = try ServiceHarness.service()
        let response = try service.get("/schema.graphql")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
        let sdl = try String(contentsOf: Fixtures.root.appendingPathComponent("schema.graphql"), encoding: .utf8)
        #expect(response.text == sdl)
    }

    @Test func answersTypeWithAVariableName() throws {
        let data = try ServiceHarness.service().data(
            "query($name: String!) { __type(name: $name) { name kind specifiedByURL } }", variables: #"{"name": "Date"}"#)
        #expect(data["__type"]?["kind"] == .string("SCALAR"))
        #expect(data["__type"]?["specifiedByURL"] == .string("https://datatracker.ietf.org/doc/html/rfc3339#section-5.6"))
    }
}
