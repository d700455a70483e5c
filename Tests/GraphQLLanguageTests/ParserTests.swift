import GraphQLLanguage
import Testing

/// Executable documents (spec §2) parse into the AST with the shapes and locations graphql-js gives.
@Suite struct ParserTests {
    @Test func parsesQueryShorthandAsAnonymousQuery() throws {
        let document = try Parser.parse("{ a }")
        let operation = try #require(document.operations.first)
        #expect(operation.operation == .query)
        #expect(operation.name == nil)
        #expect(operation.selectionSet.selections == [.field(Field(name: Name("a")))])
    }

    @Test func parsesNamedOperationsOfEveryType() throws {
        let document = try Parser.parse("query Q { a } mutation M { b } subscription S { c }")
        #expect(document.operations.map(\.operation) == [.query, .mutation, .subscription])
        #expect(document.operations.map { $0.name?.value } == ["Q", "M", "S"])
    }

    @Test func parsesAnonymousOperationWithVariables() throws {
        let document = try Parser.parse("query ($id: ID!, $n: [Int!] = [1, 2] @dir) { a }")
        let operation = try #require(document.operations.first)
        #expect(operation.name == nil)
        #expect(operation.variableDefinitions.map(\.variable.name.value) == ["id", "n"])
        #expect(operation.variableDefinitions.map(\.type.description) == ["ID!", "[Int!]"])
        let defaultValue = try #require(operation.variableDefinitions[1].defaultValue)
        #expect(defaultValue.kind == .list([Value(.int("1")), Value(.int("2"))]))
        #expect(operation.variableDefinitions[1].directives.map(\.name.value) == ["dir"])
    }

    @Test func parsesAliasesArgumentsDirectivesAndNestedSelections() throws {
        let document = try Parser.parse("""
            query Q($v: Boolean) {
              alias: field(a: 1, b: "s", c: $v) @include(if: $v) { inner }
            }
            """)
        guard case .field(let field) = document.operations.first?.selectionSet.selections.first else {
            Issue.record("expected a field")
            return
        }
        #expect(field.alias?.value == "alias")
        #expect(field.name.value == "field")
        #expect(field.responseKey == "alias")
        #expect(field.arguments.map(\.name.value) == ["a", "b", "c"])
        #expect(field.arguments.map(\.value.kind) == [
            .int("1"), .string("s", isBlock: false), .variable(Variable(name: Name("v"))),
        ])
        #expect(field.directives.map(\.name.value) == ["include"])
        #expect(field.selectionSet?.selections == [.field(Field(name: Name("inner")))])
    }

    @Test func parsesFragmentsSpreadsAndInlineFragments() throws {
        let document = try Parser.parse("""
            { ...F ... on T { a } ... @skip(if: true) { b } }
            fragment F on T @d { c }
            """)
        let selections = try #require(document.operations.first?.selectionSet.selections)
        #expect(selections.count == 3)
        #expect(selections[0] == .fragmentSpread(FragmentSpread(name: Name("F"))))
        guard case .inlineFragment(let typed) = selections[1], case .inlineFragment(let untyped) = selections[2] else {
            Issue.record("expected inline fragments")
            return
        }
        #expect(typed.typeCondition?.name.value == "T")
        #expect(untyped.typeCondition == nil)
        #expect(untyped.directives.map(\.name.value) == ["skip"])
        let fragment = try #require(document.fragments.first)
        #expect(fragment.name.value == "F")
        #expect(fragment.typeCondition.name.value == "T")
        #expect(fragment.directives.map(\.name.value) == ["d"])
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try Parser.parseValue(#"[1, -2.5e3, "s", """b""", true, false, null, ENUM, $v, {a: [], b: {}}]"#)
        #expect(value.kind == .list([
            Value(.int("1")),
            Value(.float("-2.5e3")),
            Value(.string("s", isBlock: false)),
            Value(.string("b", isBlock: true)),
            Value(.boolean(true)),
            Value(.boolean(false)),
            Value(.null),
            Value(.enumValue("ENUM")),
            Value(.variable(Variable(name: Name("v")))),
            Value(.object([
                ObjectField(name: Name("a"), value: Value(.list([]))),
                ObjectField(name: Name("b"), value: Value(.object([]))),
            ])),
        ]))
    }

    @Test func parseConstValueRejectsVariables() {
        #expect(throws: GraphQLError.self) { try Parser.parseConstValue("[$v]") }
        #expect((try? Parser.parseConstValue("{a: [1]}")) != nil)
    }

    @Test func parsesTypeReferences() throws {
        #expect(try Parser.parseType("[[String!]]!").description == "[[String!]]!")
        #expect(try Parser.parseType("Int").namedType.name.value == "Int")
        #expect(throws: GraphQLError.self) { try Parser.parseType("[Int") }
    }

    @Test func recordsLocationsOfNodes() throws {
        let document = try Parser.parse("query Q {\n  a: b(x: 1)\n}")
        let operation = try #require(document.operations.first)
        #expect(operation.location.start == 0)
        #expect(operation.location.end == 24)
        guard case .field(let field) = operation.selectionSet.selections.first else {
            Issue.record("expected a field")
            return
        }
        #expect(field.location.sourceLocation == At(line: 2, column: 3))
        #expect(field.location.start == 12)
        #expect(field.location.end == 22)
        #expect(field.name.location.sourceLocation == At(line: 2, column: 6))
        #expect(field.arguments.first?.value.location.sourceLocation == At(line: 2, column: 11))
    }

    @Test func countsLocationColumnsInUTF16AfterChineseAndAstralText() throws {
        let document = try Parser.parse("{ a(x: \"中文😀\") b }")
        let selections = try #require(document.operations.first?.selectionSet.selections)
        // `{ a(x: "` is 8 units, 中文 two, 😀 two, then `") ` three: b is at column 16.
        #expect(selections.last?.location.sourceLocation == At(line: 1, column: 16))
        guard case .field(let field) = selections.first else { return }
        #expect(field.arguments.first?.value.kind == .string("中文😀", isBlock: false))
    }

    @Test func ignoresCommasCommentsBOMAndLineTerminators() throws {
        let document = try Parser.parse("\u{FEFF}# comment\r\n{,a,\r,b # c\n c\r}")
        let names = document.operations.first?.selectionSet.selections.compactMap { selection -> String? in
            if case .field(let field) = selection { field.name.value } else { nil }
        }
        #expect(names == ["a", "b", "c"])
        guard case .field(let c) = document.operations.first?.selectionSet.selections.last else { return }
        #expect(c.location.sourceLocation == At(line: 4, column: 2))
    }

    @Test func definitionsKeepSourceOrder() throws {
        let document = try Parser.parse("fragment F on T { a } { ...F } type T { a: Int }")
        #expect(document.definitions.map(\.isExecutable) == [true, true, false])
    }
}

/// Equality and hashing of the AST ignore locations, so documents that differ only in layout
/// are one plan-cache key.
@Suite struct ASTEqualityTests {
    @Test func layoutDoesNotAffectEqualityOrHash() throws {
        let compact = try Parser.parse(#"{a(x:[1,{y:"z"}]){b ...F ...on T{c}}}"#)
        let spread = try Parser.parse("""
            # the same query, laid out differently
            {
              a(x: [1, {y: "z"}]) {
                b
                ...F
                ... on T { c }
              }
            }
            """)
        #expect(compact == spread)
        #expect(compact.hashValue == spread.hashValue)
        #expect(Set([compact, spread]).count == 1)
    }

    @Test func differentDocumentsAreNotEqual() throws {
        let documents = try ["{ a }", "{ b }", "{ a { b } }", "{ a(x: 1) }", "{ a(x: [1]) }", "{ a(x: {y: 1}) }", "{ ... on T { a } }", "{ ...F }"]
            .map { try Parser.parse($0) }
        #expect(Set(documents).count == documents.count)
    }
}
