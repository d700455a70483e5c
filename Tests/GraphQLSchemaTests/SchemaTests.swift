import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// The schema model: graphql-js's type order, lookups, relations, built-ins and introspection.
@Suite struct SchemaTests {
    let schema = TestSchemas.harness

    @Test func ordersTypesAsGraphQLJSDoes() {
        #expect(schema.types.map(\.name) == [
            "Mammal", "Pet", "String", "Boolean", "Canine", "DogCommand", "Dog", "Int", "Cat", "CatOrDog", "Human",
            "FurColor", "ComplexInput", "ComplicatedArgs", "Float", "ID", "QueryRoot", "SubscriptionRoot", "__Schema",
            "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
        ])
    }

    @Test func knowsPossibleTypesAndImplementations() {
        #expect(schema.possibleTypes(of: "Pet").map(\.name) == ["Dog", "Cat"])
        #expect(schema.possibleTypes(of: "CatOrDog").map(\.name) == ["Cat", "Dog"])
        #expect(schema.implementations(of: "Mammal").objects == ["Dog"])
        #expect(schema.implementations(of: "Mammal").interfaces == ["Canine"])
        #expect(schema.isSubType("Dog", of: "Pet"))
        #expect(schema.isSubType("Canine", of: "Mammal"))
        #expect(!schema.isSubType("Human", of: "Pet"))
        #expect(schema.doTypesOverlap("Pet", "CatOrDog"))
        #expect(!schema.doTypesOverlap("Human", "Pet"))
    }

    @Test func resolvesRootsFieldsAndDirectives() {
        #expect(schema.queryType?.name == "QueryRoot")
        #expect(schema.mutationType == nil)
        #expect(schema.subscriptionType?.name == "SubscriptionRoot")
        #expect(schema.type(named: "Dog")?.field(named: "isHouseTrained")?.arguments["atOtherHomes"]?.defaultValue == Value(.boolean(true)))
        #expect(schema.directives.map(\.name) == [
            "onField", "onQuery", "onMutation", "onSubscription", "onFragmentDefinition", "onFragmentSpread",
            "onInlineFragment", "onVariableDefinition", "repeatable", "include", "skip", "deprecated", "specifiedBy", "oneOf",
        ])
        #expect(schema.directive(named: "repeatable")?.isRepeatable == true)
    }

    @Test func usesDefaultRootTypeNamesWithoutASchemaDefinition() throws {
        let schema = try Schema(sdl: "type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
        #expect(schema.queryTypeName == "Query")
        #expect(schema.mutationTypeName == "Mutation")
        #expect(schema.subscriptionTypeName == "Subscription")
    }

    @Test func readsDeprecationSpecifiedByAndDescriptions() throws {
        let schema = try Schema(sdl: #"""
            """The date"""
            scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
            enum E { A B @deprecated(reason: "use A") }
            input In { old: Int @deprecated }
            type Query {
              "the field" a(x: Int @deprecated(reason: "gone")): Date @deprecated
              e: E
              i(in: In): Int
            }
            extend type Query { b: Int }
            """#)
        guard case .scalar(let date)? = schema.type(named: "Date"),
              case .enumeration(let e)? = schema.type(named: "E"),
              case .inputObject(let input)? = schema.type(named: "In"),
              let a = schema.queryType?.fields["a"]
        else {
            Issue.record("types missing")
            return
        }
        #expect(date.description == "The date")
        #expect(date.specifiedByURL == "https://tools.ietf.org/html/rfc3339")
        #expect(e.values["B"]?.deprecationReason == "use A")
        #expect(input.fields["old"]?.deprecationReason == "No longer supported")
        #expect(a.description == "the field")
        #expect(a.deprecationReason == "No longer supported")
        #expect(a.arguments["x"]?.deprecationReason == "gone")
        #expect(schema.queryType?.fields.names == ["a", "e", "i", "b"])
    }

    @Test func includesIntrospectionTypesAndSpecifiedScalarsWhenUsed() throws {
        let schema = try Schema(sdl: "type Query { a: Int }")
        #expect(schema.types.map(\.name) == [
            "Query", "Int", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue",
            "__EnumValue", "__Directive", "__DirectiveLocation",
        ])
        #expect(schema.type(named: "__Type")?.field(named: "fields")?.arguments["includeDeprecated"]?.defaultValue
            == Value(.boolean(false)))
        guard case .enumeration(let locations)? = schema.type(named: "__DirectiveLocation") else {
            Issue.record("__DirectiveLocation missing")
            return
        }
        #expect(locations.values.count == 19)
    }

    @Test func buildsProgrammaticSchemas() throws {
        let schema = try Schema(
            query: "Query",
            types: [.object(GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "hello", type: .nonNull(.named("String")))]))])
        #expect(schema.type(named: "String") != nil)
        #expect(throws: SchemaError.self) {
            try Schema(query: "Query", types: [.object(GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "x", type: .named("Missing"))]))])
        }
    }

    @Test func coercesArgumentsWithDefaultsAndVariables() throws {
        let document = try Parser.parse("query ($v: Int) { complicatedArgs { multipleOptAndReq(req1: 1, req2: $v) } }")
        guard case .field(let outer) = document.operations[0].selectionSet.selections[0],
              case .field(let inner)? = outer.selectionSet?.selections[0],
              let field = schema.type(named: "ComplicatedArgs")?.field(named: "multipleOptAndReq")
        else {
            Issue.record("unexpected document shape")
            return
        }
        let coerced = try schema.coerceArguments(of: field, in: inner, variables: CoercedVariables(["v": .int(2)]))
        #expect(coerced == [
            CoercedField("req1", .int(1)), CoercedField("req2", .int(2)),
            CoercedField("opt1", .int(0)), CoercedField("opt2", .int(0)),
        ])
        #expect(throws: GraphQLError(
            #"Argument "req2" of required type "Int!" was provided the variable "$v" which was not provided a runtime value."#,
            locations: [SourceLocation(line: 1, column: 70)])) {
            try schema.coerceArguments(of: field, in: inner, variables: CoercedVariables())
        }
    }

    @Test func coercesLiteralsLikeValueFromAST() throws {
        let type = GraphQLType.list(.nonNull(.named("Int")))
        #expect(schema.coerceLiteral(try Parser.parseValue("[1, 2]"), to: type) == .list([.int(1), .int(2)]))
        #expect(schema.coerceLiteral(try Parser.parseValue("3"), to: type) == .list([.int(3)]))
        #expect(schema.coerceLiteral(try Parser.parseValue("[1, null]"), to: type) == nil)
        #expect(schema.coerceLiteral(try Parser.parseValue("[1, $x]"), to: type, variables: CoercedVariables(["x": .int(4)]))
            == .list([.int(1), .int(4)]))
        #expect(schema.coerceLiteral(try Parser.parseValue("{requiredField: true}"), to: .named("ComplexInput"))
            == .object([CoercedField("requiredField", .boolean(true)), CoercedField("nonNullField", .boolean(false))]))
        #expect(schema.coerceLiteral(try Parser.parseValue("SIT"), to: .named("DogCommand")) == .enumValue("SIT"))
    }
}

/// What introspection reports as `defaultValue`, compared with graphql-js's output.
@Suite struct DefaultValueTextTests {
    @Test func printsDefaultsAsGraphQLJSIntrospectionDoes() throws {
        let schema = try Schema(sdl: #"""
            enum Color { RED GREEN }
            input In { a: Int, b: Int = 2, c: [Color] }
            type Query { f(i: Int = 3, fl: Float = 1, fl2: Float = 1.50, fl3: Float = 1e3, s: String = "a\"b", b: Boolean = false, e: Color = RED, l: [Int] = 1, l2: [Int] = [1, null], id: ID = 12, id2: ID = "x", o: In = {a: 1, c: RED}, n: Int = null, none: Int): Int }
            """#)
        let arguments = try #require(schema.queryType?.fields["f"]?.arguments)
        let texts = arguments.map { schema.defaultValueText(of: $0) }
        #expect(texts == [
            "3", "1", "1.5", "1000", #""a\"b""#, "false", "RED", "[1]", "[1, null]", "12", #""x""#,
            "{a: 1, b: 2, c: [RED]}", "null", nil,
        ])
    }
}
