import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// Variable coercion (spec §6.1.2) with graphql-js's messages and paths.
@Suite struct VariableCoercionTests {
    static let schema: Schema = {
        do {
            return try Schema(
                sdl: """
                    input Filter { amount: Int, name: String!, tags: [String!], nested: Filter, color: Color, limit: Int = 10 }
                    enum Color { RED GREEN BLUE }
                    scalar Date
                    scalar Decimal
                    type Query { items(filter: Filter, ids: [ID!], n: Int, f: Float, b: Boolean!, s: String, d: Date, price: Decimal): [String] }
                    """,
                scalars: ["Date": TestScalars.date, "Decimal": TestScalars.decimal])
        } catch {
            fatalError("\(error)")
        }
    }()

    /// Coerces `inputs` for the variables declared in `declarations` (e.g. `$n: Int`).
    func coerce(_ declarations: String, _ inputs: [String: JSONValue]) -> Result<CoercedVariables, VariableCoercionErrors> {
        guard let document = try? Parser.parse("query (\(declarations)) { items }"), let operation = document.operations.first else {
            Issue.record("test document does not parse")
            return .success(CoercedVariables())
        }
        return coerceVariableValues(Self.schema, operation, inputs: inputs)
    }

    func messages(_ result: Result<CoercedVariables, VariableCoercionErrors>) -> [String] {
        if case .failure(let failure) = result { failure.errors.map(\.message) } else { [] }
    }

    @Test func rejectsNonIntegerStringForInt() throws {
        let result = coerce("$n: Int", ["n": .string("abc")])
        #expect(messages(result) == [#"Variable "$n" got invalid value "abc"; Int cannot represent non-integer value: "abc""#])
        guard case .failure(let failure) = result else { return }
        #expect(failure.errors[0].locations == [SourceLocation(line: 1, column: 8)])
    }

    @Test func rejectsFractionsAndOutOfRangeIntegers() {
        #expect(messages(coerce("$n: Int", ["n": .number("1.5")]))
            == [#"Variable "$n" got invalid value 1.5; Int cannot represent non-integer value: 1.5"#])
        #expect(messages(coerce("$n: Int", ["n": .number("2147483648")]))
            == [#"Variable "$n" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648"#])
    }

    @Test func acceptsIntegralNumbersWrittenAnyWay() throws {
        #expect(try coerce("$n: Int", ["n": .number("1e3")]).get()["n"] == .int(1000))
        #expect(try coerce("$n: Int", ["n": .number("-7.0")]).get()["n"] == .int(-7))
        #expect(try coerce("$f: Float", ["f": .number("2")]).get()["f"] == .float(2))
    }

    @Test func namesThePathInsideInputObjects() {
        let result = coerce("$filter: Filter", [
            "filter": .object([
                JSONMember("name", .string("a")), JSONMember("color", .string("REED")),
                JSONMember("nested", .object([JSONMember("amount", .string("x")), JSONMember("name", .string("b"))])),
            ]),
        ])
        #expect(messages(result) == [
            #"Variable "$filter" got invalid value "x" at "filter.nested.amount"; Int cannot represent non-integer value: "x""#,
            #"Variable "$filter" got invalid value "REED" at "filter.color"; Value "REED" does not exist in "Color" enum. Did you mean the enum value "RED" or "GREEN"?"#,
        ])
    }

    @Test func reportsMissingAndUnknownInputFields() {
        #expect(messages(coerce("$filter: Filter", ["filter": .object([JSONMember("amount", .number("1"))])]))
            == [#"Variable "$filter" got invalid value { amount: 1 }; Field "name" of required type "String!" was not provided."#])
        #expect(messages(coerce("$filter: Filter", ["filter": .object([JSONMember("name", .string("a")), JSONMember("nmae", .number("1"))])]))
            == [#"Variable "$filter" got invalid value { name: "a", nmae: 1 }; Field "nmae" is not defined by type "Filter". Did you mean "name"?"#])
        #expect(messages(coerce("$filter: Filter", ["filter": .string("str")]))
            == [#"Variable "$filter" got invalid value "str"; Expected type "Filter" to be an object."#])
    }

    @Test func namesListIndexes() {
        #expect(messages(coerce("$ids: [ID!]", ["ids": .array([.number("1"), .null])]))
            == [#"Variable "$ids" got invalid value null at "ids[1]"; Expected non-nullable type "ID!" not to be null."#])
    }

    @Test func wrapsASingleValueInAList() throws {
        #expect(try coerce("$ids: [ID!]", ["ids": .number("12")]).get()["ids"] == .list([.string("12")]))
    }

    @Test func appliesInputFieldAndVariableDefaults() throws {
        let filter = try coerce("$filter: Filter", ["filter": .object([JSONMember("name", .string("a")), JSONMember("tags", .string("x"))])]).get()["filter"]
        #expect(filter == .object([
            CoercedField("name", .string("a")), CoercedField("tags", .list([.string("x")])), CoercedField("limit", .int(10)),
        ]))
        #expect(try coerce("$n: Int = 5", [:]).get()["n"] == .int(5))
        #expect(try coerce("$n: Int", [:]).get().contains("n") == false)
        #expect(try coerce("$n: Int", ["n": .null]).get()["n"] == .null)
    }

    @Test func requiresNonNullVariables() {
        #expect(messages(coerce("$b: Boolean!", [:])) == [#"Variable "$b" of required type "Boolean!" was not provided."#])
        #expect(messages(coerce("$b: Boolean!", ["b": .null])) == [#"Variable "$b" of non-null type "Boolean!" must not be null."#])
    }

    @Test func rejectsNonInputVariableTypes() {
        #expect(messages(coerce("$q: Query", [:]))
            == [#"Variable "$q" expected value of type "Query" which cannot be used as an input type."#])
    }

    @Test func reportsEnumsGivenNonStrings() {
        #expect(messages(coerce("$filter: Filter", ["filter": .object([JSONMember("name", .string("a")), JSONMember("color", .number("1"))])]))
            == [#"Variable "$filter" got invalid value 1 at "filter.color"; Enum "Color" cannot represent non-string value: 1."#])
    }

    @Test func customScalarsRejectBadValuesWithTheirOwnMessage() {
        #expect(messages(coerce("$d: Date", ["d": .string("2020-13-01")]))
            == [#"Variable "$d" got invalid value "2020-13-01"; Date cannot represent an invalid date: "2020-13-01""#])
        #expect(messages(coerce("$price: Decimal", ["price": .string("12,50")]))
            == [#"Variable "$price" got invalid value "12,50"; Decimal cannot represent a non-decimal value: "12,50""#])
    }

    @Test func decimalsStayExactText() throws {
        #expect(try coerce("$price: Decimal", ["price": .number("381200.00")]).get()["price"] == .custom("381200.00"))
        #expect(try coerce("$price: Decimal", ["price": .string("0.10")]).get()["price"] == .custom("0.10"))
    }

    @Test func stopsAfterTheErrorLimit() {
        let declarations = (0..<60).map { "$v\($0): Int!" }.joined(separator: ", ")
        let result = coerce(declarations, [:])
        let all = messages(result)
        #expect(all.count == 51)
        #expect(all.last == "Too many errors processing variables, error limit reached. Execution aborted.")
    }

    @Test func inspectsValuesAsJavaScriptDoes() {
        #expect(Inspect.inspect(.array((0..<12).map { .number(String($0)) })) == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]")
        #expect(Inspect.inspect(.object([JSONMember("a", .object([JSONMember("b", .object([JSONMember("c", .number("1"))]))]))]))
            == "{ a: { b: [Object] } }")
        #expect(Inspect.inspect(.object([JSONMember("b", .number("1")), JSONMember("1", .bool(true))])) == "{ 1: true, b: 1 }")
        #expect(Inspect.javaScriptNumber("1e21") == "1e+21")
        #expect(Inspect.javaScriptNumber("123456789012345678901") == "123456789012345680000")
        #expect(Inspect.javaScriptNumber("0.000001") == "0.000001")
        #expect(Inspect.javaScriptNumber("1e-7") == "1e-7")
        #expect(Inspect.javaScriptNumber("-2.50") == "-2.5")
        #expect(Inspect.inspect(.string("a\"b\n")) == #""a\"b\n""#)
    }
}

/// Custom scalars as Rectify declares them: dates as `YYYY-MM-DD` text, decimals as exact text.
enum TestScalars {
    static let date = ScalarCoercion(
        literal: { literal in
            guard case .string(let text, _) = literal.kind else {
                return .failure(ScalarCoercionError("Date cannot represent a non-string value: \(Printer.print(literal))"))
            }
            return isDate(text) ? .success(.custom(text)) : .failure(ScalarCoercionError("Date cannot represent an invalid date: \(Printer.print(literal))"))
        },
        variable: { json in
            guard case .string(let text) = json, isDate(text) else {
                return .failure(ScalarCoercionError("Date cannot represent an invalid date: \(Inspect.inspect(json))"))
            }
            return .success(.custom(text))
        })

    static let decimal = ScalarCoercion(
        literal: { literal in
            switch literal.kind {
            case .int(let text), .float(let text), .string(let text, _):
                if isDecimal(text) { return .success(.custom(text)) }
            default: break
            }
            return .failure(ScalarCoercionError("Decimal cannot represent a non-decimal value: \(Printer.print(literal))"))
        },
        variable: { json in
            switch json {
            case .number(let text), .string(let text):
                if isDecimal(text) { return .success(.custom(text)) }
            default: break
            }
            return .failure(ScalarCoercionError("Decimal cannot represent a non-decimal value: \(Inspect.inspect(json))"))
        })

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func isDecimal(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        let pieces = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
