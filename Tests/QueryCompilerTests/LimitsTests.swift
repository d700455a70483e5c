import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler
import Testing

/// Limits against abusive queries, and bad values: each a clear error with its own code.
@Suite struct LimitsTests {
    /// The error compiling and binding `source` raises.
    static func error(_ source: String, variables: String = "{}", limits: QueryLimits = QueryLimits()) -> QueryError? {
        do {
            let (operation, coerced) = try Library.compile(source, variables: variables, limits: limits)
            _ = try operation.bind(coerced)
            return nil
        } catch let error as QueryError {
            return error
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func depthIsLimited() {
        let error = Self.error("{ people { nodes { mentor { mentor { mentor { name } } } } } }", limits: QueryLimits(maximumDepth: 5))
        #expect(error?.kind == .tooDeep)
        #expect(error?.graphQLError.code == "QUERY_TOO_DEEP")
        #expect(error?.message.contains("maximum depth is 5") == true)
        #expect(error?.locations.isEmpty == false)
        #expect(Self.error("{ people { nodes { mentor { mentor { name } } } } }", limits: QueryLimits(maximumDepth: 5)) == nil)
    }

    @Test func aliasesAndFieldsAreLimited() {
        let aliases = (0..<6).map { "a\($0): title" }.joined(separator: " ")
        #expect(Self.error("{ books { nodes { \(aliases) } } }", limits: QueryLimits(maximumAliases: 5))?.kind == .tooManyAliases)
        #expect(Self.error("{ books { nodes { title genre price pages } } }", limits: QueryLimits(maximumFields: 4))?.kind == .tooManyFields)
    }

    @Test func pageSizesAreLimitedAndDefaulted() {
        let error = Self.error("query($n: Int) { books(first: $n) { nodes { title } } }", variables: #"{"n": 101}"#)
        #expect(error?.kind == .pageSizeTooLarge)
        #expect(error?.message == "Argument \"first\" is 101; the maximum for first is 100.")
        #expect(Self.error("{ books(last: -1) { nodes { title } } }")?.kind == .badUserInput)
        #expect(Self.error("{ books { groupBy(by: [GENRE], first: 1001) { count } } }")?.kind == .pageSizeTooLarge)
        #expect(Self.error("{ books(first: 100) { nodes { title } } }") == nil)
    }

    @Test func argumentsOfAConnectionSelectingOnlyTotalCountAreStillChecked() {
        #expect(Self.error("{ books(first: 101) { totalCount } }")?.kind == .pageSizeTooLarge)
        #expect(Self.error("{ books(last: -1) { aggregate { count } } }")?.kind == .badUserInput)
        #expect(Self.error(#"{ books(after: "garbage") { totalCount } }"#)?.message.contains("\"after\" is not a valid cursor") == true)
        #expect(Self.error("{ people { nodes { mentees(first: 101) { totalCount } } } }")?.kind == .pageSizeTooLarge)
        #expect(Self.error("{ books(first: 100) { totalCount } }") == nil)
    }

    @Test func aRefusedArgumentFailsOnlyItsNullableRootField() throws {
        let (operation, coerced) = try Library.compile(#"{ a: node(id: "garbage") { id } b: books(first: 2) { totalCount } c: __typename }"#)
        let bound = try operation.bindRootFields(coerced)
        #expect(!bound.isDataNull)
        #expect(bound.errors.map(\.path) == [[.key("a")]])
        #expect(bound.errors.first?.locations == [SourceLocation(line: 1, column: 3)])
        #expect(bound.fields.map(\.responseKey) == ["a", "b", "c"])
        guard case .json("null") = bound.fields[0].value, case .sql = bound.fields[1].value else {
            Issue.record("\(bound.fields)")
            return
        }
    }

    @Test func aRefusedArgumentOfANonNullRootFieldNullsTheDataAndStopsThere() throws {
        let (operation, coerced) = try Library.compile(#"{ a: node(id: "x") { id } b: books(first: 101) { totalCount } c: nodes(ids: ["y"]) { id } }"#)
        let bound = try operation.bindRootFields(coerced)
        #expect(bound.isDataNull)
        #expect(bound.fields.isEmpty)
        #expect(bound.errors.map(\.kind) == [.badUserInput, .pageSizeTooLarge])
        #expect(bound.errors.map(\.path) == [[.key("a")], [.key("b")]])
    }

    @Test func firstAndLastTogetherAreRefused() throws {
        let error = Self.error("{ books(first: 1, last: 1) { nodes { title } } }")
        #expect(error?.kind == .badUserInput)
        #expect(error?.path == [.key("books")])
        // Found while planning, it is still the field's error, not the request's.
        let (operation, coerced) = try Library.compile(#"{ node(id: "x") { id } a: node(id: "y") { ... on Person { mentees(first: 1, last: 1) { totalCount } } } }"#)
        let bound = try operation.bindRootFields(coerced)
        #expect(!bound.isDataNull)
        #expect(bound.errors.map(\.path) == [[.key("node")], [.key("a"), .key("mentees")]])
    }

    @Test func costIsTheProductOfNestedPageSizes() throws {
        // 1 + 10 × (1 + (1 + 10 × (1 + (1 + 10 × 1)))) = 1 + 10 × (2 + 120) = 1221
        let source = "{ people(first: 10) { nodes { mentees(first: 10) { nodes { mentees(first: 10) { nodes { name } } } } } } }"
        let (operation, coerced) = try Library.compile(source)
        #expect(try operation.estimatedCost(coerced) == 1221)
        let error = Self.error(source, limits: QueryLimits(maximumCost: 1000))
        #expect(error?.kind == .tooComplex)
        #expect(error?.graphQLError.code == "QUERY_TOO_COMPLEX")
    }

    @Test func costFollowsPageSizesGivenAsVariables() throws {
        let source = "query($n: Int) { people(first: $n) { nodes { mentees(first: $n) { totalCount } } } }"
        let document = try Library.document(source)
        let small = try Library.variables(#"{"n": 2}"#, for: document)
        let large = try Library.variables(#"{"n": 100}"#, for: document)
        let operation = try Library.compiler().compile(document, operationName: nil, variables: small)
        // 1 + n × (1 + (1 + 1)): one plan, a cost per request.
        #expect(try operation.estimatedCost(small) == 7)
        #expect(try operation.estimatedCost(large) == 301)
    }

    @Test func literalPartsOfTheCostAreComputedOnceAndVariablePartsPerRequest() throws {
        let (literal, _) = try Library.compile("{ people(first: 10) { nodes { mentees(first: 10) { nodes { mentees(first: 10) { nodes { name } } } } } } }")
        guard case .constant(let cost) = literal.rootFields[0].cost else {
            Issue.record("a cost made of literals only is left to evaluate per request: \(literal.rootFields[0].cost)")
            return
        }
        #expect(cost == 1221)

        let source = "query($n: Int) { people(first: $n) { nodes { mentees(first: 10) { nodes { name } } } } }"
        let document = try Library.document(source)
        let two = try Library.variables(#"{"n": 2}"#, for: document)
        let five = try Library.variables(#"{"n": 5}"#, for: document)
        let operation = try Library.compiler().compile(document, operationName: nil, variables: two)
        if case .constant = operation.rootFields[0].cost { Issue.record("a cost that depends on $n was folded into a constant") }
        // 1 + n × (1 + (1 + 10 × 1)): the literal inner page is folded, $n is not.
        #expect(try operation.estimatedCost(two) == 25)
        #expect(try operation.estimatedCost(five) == 61)
    }

    @Test func inListsAreLimited() {
        let error = Self.error("query($p: [Int!]) { books(filter: {pages: {in: $p}}) { totalCount } }", variables: #"{"p": [1, 2, 3, 4]}"#,
                               limits: QueryLimits(maximumListLength: 3))
        #expect(error?.kind == .listTooLong)
        #expect(error?.message.contains("filter.pages.in") == true)
    }

    @Test func filterNestingIsLimited() {
        let nested = "{ books(filter: {not: {not: {not: {title: {eq: \"x\"}}}}}) { totalCount } }"
        #expect(Self.error(nested, limits: QueryLimits(maximumFilterDepth: 3))?.kind == .filterTooDeep)
        #expect(Self.error(nested, limits: QueryLimits(maximumFilterDepth: 4)) == nil)
    }

    @Test func badCursorsNameTheArgument() {
        let source = "query($c: String) { books(first: 2, after: $c, orderBy: [{field: TITLE}]) { nodes { title } } }"
        let garbage = Self.error(source, variables: #"{"c": "not a cursor"}"#)
        #expect(garbage?.kind == .badUserInput)
        #expect(garbage?.message == "Argument \"after\" is not a valid cursor for this connection and ordering.")
        // A well-formed cursor made under the default ordering (by ID) is refused under TITLE.
        let otherOrdering = Cursor(tag: Cursor.tag(forOrdering: "Book|"), values: ["4"]).encoded
        #expect(Self.error(source, variables: #"{"c": "\#(otherOrdering)"}"#)?.kind == .badUserInput)
        let tampered = Cursor(tag: Cursor.tag(forOrdering: "Book|TITLE:A,"), values: ["Dune", "four"]).encoded
        #expect(Self.error(source, variables: #"{"c": "\#(tampered)"}"#)?.kind == .badUserInput)
        let good = Cursor(tag: Cursor.tag(forOrdering: "Book|TITLE:A,"), values: ["Dune", "4"]).encoded
        #expect(Self.error(source, variables: #"{"c": "\#(good)"}"#) == nil)
    }

    @Test func badIDsNameTheArgument() {
        let error = Self.error(#"{ node(id: "garbage!") { id } }"#)
        #expect(error?.kind == .badUserInput)
        #expect(error?.message == "Argument \"id\" is not a valid ID.")
        #expect(Self.error(#"{ books(filter: {id: {in: ["Qm9vazox", "??"]}}) { totalCount } }"#)?.message == "Argument \"filter.id.in\" is not a valid ID.")
        // A valid ID of another type is no error: it matches nothing.
        #expect(Self.error(#"{ books(filter: {id: {eq: "UGVyc29uOjI"}}) { totalCount } }"#) == nil)
    }

    @Test func operationsAreChosenByName() throws {
        let document = try Library.document("query A { __typename } query B { books { totalCount } }")
        let compiler = Library.compiler()
        #expect(try compiler.operation(in: document, named: "B").name?.value == "B")
        #expect(throws: QueryError.self) { try compiler.operation(in: document, named: nil) }
        #expect(throws: QueryError.self) { try compiler.operation(in: document, named: "C") }
    }
}
