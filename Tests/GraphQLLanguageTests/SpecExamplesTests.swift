import GraphQLLanguage
import Testing

/// Examples in the style of the October 2021 specification's own, one per grammar feature, parse
/// and survive a round trip through the printer.
@Suite struct SpecExamplesTests {
    static let executable: [String] = [
        // §2.2 Document, §2.3 operations
        "{ user(id: 4) { name } }",
        "mutation { likeStory(storyID: 12345) { story { likeCount } } }",
        "query getMe { me { id firstName lastName } }",
        // §2.5 fields, §2.7 aliases
        "{ user(id: 4) { id name smallPic: profilePic(size: 64) bigPic: profilePic(size: 1024) } }",
        // §2.6 arguments in any order
        "query { picture(width: 200, height: 100) } query q2 { picture(height: 100, width: 200) }",
        // §2.8 fragments, §2.8.1 type conditions, §2.8.2 inline fragments
        """
        query withFragments { user(id: 4) { friends(first: 10) { ...friendFields } mutualFriends(first: 10) { ...friendFields } } }
        fragment friendFields on User { id name ...standardProfilePic }
        fragment standardProfilePic on User { profilePic(size: 50) }
        """,
        #"query inlineFragmentTyping { profiles(handles: ["zuck", "coca-cola"]) { handle ... on User { friends { count } } ... on Page { likers { count } } } }"#,
        "query inlineFragmentNoType($expandedInfo: Boolean) { user(handle: \"zuck\") { id name ... @include(if: $expandedInfo) { firstName lastName birthday } } }",
        // §2.9 input values: every kind, block strings, lists and objects
        #"{ nearestThing(location: { lon: 12.43, lat: -53.211 }) }"#,
        "{ f(a: 1, b: 1.5e3, c: \"s\", d: true, e: null, f: ENUM, g: [1, [2]], h: {x: {y: []}}) }",
        "mutation { sendEmail(message: \"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\") }",
        // §2.10 variables with defaults and directives
        "query getZuckProfile($devicePicSize: Int = 60 @deprecated) { user(id: 4) { id name profilePic(size: $devicePicSize) } }",
        // §2.12 directives
        "query myQuery($someTest: Boolean!) { experimentalField @skip(if: $someTest) }",
    ]

    static let typeSystem: [String] = [
        // §3.3 schema, §3.3.2 extension
        "schema { query: MyQueryRootType mutation: MyMutationRootType }",
        "extend schema @addedDirective { subscription: SubscriptionRoot }",
        // §3.2 descriptions
        #"""
        """
        A simple GraphQL schema which is well described.
        """
        schema { query: Query }

        """
        Root type for all your query operations
        """
        type Query {
          """
          Translates a string from a given language into a different language.
          """
          translate(
            "The original language that `text` is provided in."
            fromLanguage: Language

            "The translated language to be returned."
            toLanguage: Language

            "The text to be translated."
            text: String
          ): String
        }
        """#,
        // §3.5 scalars, @specifiedBy
        #"scalar UUID @specifiedBy(url: "https://tools.ietf.org/html/rfc4122") extend scalar UUID @exampleDirective"#,
        // §3.6 objects, arguments with defaults, §3.6.3 extensions
        "type Person { name: String picture(size: Int = 64): Url relationship: Person }",
        "extend type Story { isHiddenLocally: Boolean } extend type User @addedDirective",
        // §3.7 interfaces implementing interfaces
        "interface Node { id: ID! } interface Resource implements Node { id: ID! url: String } type Image implements Resource & Node { id: ID! url: String thumbnail: String }",
        // §3.8 unions, leading pipe
        "union SearchResult = | Photo | Person extend union SearchResult = Video",
        // §3.9 enums
        "enum Direction { NORTH EAST SOUTH WEST } extend enum Direction @deprecated",
        // §3.10 input objects
        "input Point2D { x: Float y: Float = 0.0 } extend input Point2D { z: Float }",
        // §3.13 directives, repeatable, every location list form
        "directive @example on | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT",
        "directive @delegateField(name: String!) repeatable on OBJECT | INTERFACE type Book @delegateField(name: \"pageCount\") @delegateField(name: \"author\") { id: ID! }",
    ]

    @Test(arguments: executable)
    func executableExampleRoundTrips(_ source: String) throws {
        let document = try Parser.parse(source)
        #expect(document.definitions.allSatisfy { $0.isExecutable })
        #expect(try Parser.parse(Printer.print(document)) == document)
    }

    @Test(arguments: typeSystem)
    func typeSystemExampleRoundTrips(_ source: String) throws {
        let document = try Parser.parse(source)
        #expect(document.definitions.allSatisfy { !$0.isExecutable })
        #expect(try Parser.parse(Printer.print(document)) == document)
    }

    @Test func blockStringExampleHasTheSpecifiedValue() throws {
        let document = try Parser.parse(Self.executable[10])
        guard case .field(let field) = document.operations.first?.selectionSet.selections.first else {
            Issue.record("expected a field")
            return
        }
        #expect(field.arguments.first?.value.kind == .string("Hello,\n  World!\n\nYours,\n  GraphQL.", isBlock: true))
    }
}
