import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// Building schemas from SDL: the SDL rules and the type-system rules of spec §3, each outcome
/// compared with graphql-js's messages and locations.
@Suite struct TypeSystemValidationTests {
    @Test(arguments: SchemaCase.all)
    func matchesGraphQLJS(_ testCase: SchemaCase) { testCase.check() }

    /// Cases graphql-core cannot build (its constructors assert what graphql-js leaves to
    /// `validateSchema`), with graphql-js's `validateSchema` messages.
    @Test(arguments: [
        SchemaCase(#"type Query { a: In } input In { a: Int }"#, .invalidTypeSystem([.init(#"The type of Query.a must be Output Type but got: In."#, [(1, 17)])])),
        SchemaCase(#"type Query { a(x: Query): Int }"#, .invalidTypeSystem([.init(#"The type of Query.a(x:) must be Input Type but got: Query."#, [(1, 19)])])),
        SchemaCase(#"type Query { a: Int } input In { a: Query }"#, .invalidTypeSystem([.init(#"The type of In.a must be Input Type but got: Query."#, [(1, 37)])])),
        SchemaCase(#"type Query implements Query { a: Int }"#, .invalidTypeSystem([.init(#"Type Query must only implement Interface types, it cannot implement Query."#, [(1, 23)])])),
        SchemaCase(#"type Query implements E { a: Int } enum E { A }"#, .invalidTypeSystem([.init(#"Type Query must only implement Interface types, it cannot implement E."#, [(1, 23)])])),
        SchemaCase(#"type Query { a: U } union U = Query | I interface I { a: Int }"#, .invalidTypeSystem([.init(#"Union type U can only include Object types, it cannot include I."#, [(1, 39)])])),
        SchemaCase(#"type Query { a: Int } directive @d(x: Query) on FIELD"#, .invalidTypeSystem([.init(#"The type of @d(x:) must be Input Type but got: Query."#, [(1, 36)])])),
    ])
    func matchesGraphQLJSWhereGraphQLCoreAsserts(_ testCase: SchemaCase) { testCase.check() }

    @Test func reportsSyntaxErrorsAsSuch() {
        #expect(throws: SchemaError.self) { try Schema(sdl: "type Query {") }
        do {
            _ = try Schema(sdl: "type Query {")
        } catch {
            guard case .syntax = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
        }
    }
}
