import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// OneOf input objects (graphql-js 16.9, graphql-core 3.2.8): the `@oneOf` directive, `isOneOf`,
/// their schema rules, the literal checks of ValuesOfCorrectType and both kinds of coercion.
@Suite struct OneOfInputObjectTests {
    @Test(arguments: ValidationCase.oneOfValues)
    func literalsUnderValuesOfCorrectType(_ testCase: ValidationCase) {
        testCase.check(.valuesOfCorrectType, schema: TestSchemas.oneOf)
    }

    @Test(arguments: ValidationCase.oneOfDocuments)
    func literalsUnderEveryRule(_ testCase: ValidationCase) {
        testCase.check(specifiedRules, schema: TestSchemas.oneOf)
    }

    /// graphql-js (and graphql-core) throw when a fragment uses a variable of no operation seen so
    /// far; here the rule leaves it to the variable rules, which find nothing wrong.
    @Test func variableOfNoEnteredOperationIsNotAnError() {
        ValidationCase(#"fragment F on Query { oneOf(arg: {stringField: $s}) } query ($s: String) { ...F }"#, [])
            .check(specifiedRules, schema: TestSchemas.oneOf)
    }

    @Test func isADirectiveEverySchemaHasAndMarksTheType() throws {
        #expect(GraphQLDirective.specified.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf"])
        #expect(GraphQLDirective.oneOf.locations == [.inputObject])
        #expect(GraphQLDirective.oneOf.arguments.isEmpty && GraphQLDirective.oneOf.isSpecified)
        #expect(TestSchemas.oneOf.directive(named: "oneOf") != nil)
        guard case .inputObject(let oneOf)? = TestSchemas.oneOf.type(named: "OneOfInput"),
              case .inputObject(let plain)? = TestSchemas.oneOf.type(named: "Plain")
        else {
            Issue.record("input types missing")
            return
        }
        #expect(oneOf.isOneOf && !plain.isOneOf)
    }

    @Test func isOneOfFollowsOfTypeInIntrospection() throws {
        guard case .object(let type) = IntrospectionTypes.type else {
            Issue.record("__Type is not an object type")
            return
        }
        #expect(type.fields.names.suffix(2) == ["ofType", "isOneOf"])
        #expect(type.fields["isOneOf"]?.type == .named("Boolean"))
        #expect(type.fields["isOneOf"]?.description == nil)
    }

    // MARK: Coercion

    func coerce(_ inputs: [String: JSONValue]) -> [String] {
        guard let operation = try? Parser.parse("query ($v: OneOfInput) { oneOf(arg: $v) }").operations.first else {
            Issue.record("test document does not parse")
            return []
        }
        switch coerceVariableValues(TestSchemas.oneOf, operation, inputs: inputs) {
        case .success: return []
        case .failure(let failure): return failure.errors.map(\.message)
        }
    }

    /// graphql-core's messages, with values shown as graphql-js's `inspect` shows them.
    @Test func variablesGiveExactlyOneNonNullField() throws {
        #expect(coerce(["v": .object([JSONMember("intField", .number("1"))])]) == [])
        #expect(coerce(["v": .object([JSONMember("stringField", .string("a")), JSONMember("intField", .number("1"))])]) == [
            #"Variable "$v" got invalid value { stringField: "a", intField: 1 }; Exactly one key must be specified for OneOf type "OneOfInput"."#,
        ])
        #expect(coerce(["v": .object([])]) == [
            #"Variable "$v" got invalid value {}; Exactly one key must be specified for OneOf type "OneOfInput"."#,
        ])
        #expect(coerce(["v": .object([JSONMember("stringField", .null)])]) == [
            #"Variable "$v" got invalid value null at "v.stringField"; Field "stringField" must be non-null."#,
        ])
        #expect(coerce(["v": .object([JSONMember("intField", .string("x"))])]) == [
            #"Variable "$v" got invalid value "x" at "v.intField"; Int cannot represent non-integer value: "x""#,
        ])
        #expect(coerce(["v": .object([JSONMember("nested", .object([JSONMember("intField", .null)]))])]) == [
            #"Variable "$v" got invalid value null at "v.nested.intField"; Field "intField" must be non-null."#,
        ])
    }

    /// graphql-js 16.9 makes both checks; graphql-core 3.2.8 reports only the first.
    @Test func variablesFailingBothChecksReportBoth() {
        #expect(coerce(["v": .object([JSONMember("stringField", .null), JSONMember("intField", .number("1"))])]) == [
            #"Variable "$v" got invalid value { stringField: null, intField: 1 }; Exactly one key must be specified for OneOf type "OneOfInput"."#,
            #"Variable "$v" got invalid value null at "v.stringField"; Field "stringField" must be non-null."#,
        ])
    }

    /// graphql-js `valueFromAST`: a OneOf literal without exactly one non-null field has no value.
    @Test(arguments: [
        (#"{stringField: "a"}"#, CoercedValue.object([CoercedField("stringField", .string("a"))])),
        (#"{stringField: "a", intField: 1}"#, nil),
        ("{}", nil),
        ("{stringField: null}", nil),
        ("{stringField: $missing}", nil),
        ("{intField: $n}", CoercedValue.object([CoercedField("intField", .int(3))])),
    ] as [(String, CoercedValue?)])
    func literalsCoerceToOneField(_ literal: String, _ expected: CoercedValue?) throws {
        var variables = CoercedVariables()
        variables["n"] = .int(3)
        let value = try Parser.parseValue(literal)
        #expect(TestSchemas.oneOf.coerceLiteral(value, to: .named("OneOfInput"), variables: variables) == expected)
    }
}
