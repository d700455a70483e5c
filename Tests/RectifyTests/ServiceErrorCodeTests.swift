import GraphQLLanguage
@testable import Rectify
import Testing

/// Each request error the service reports, over HTTP: its code, its message naming what was
/// wrong, and its status with both media types (request errors: 400 and no `data` with
/// application/graphql-response+json, 200 with application/json). Refused argument values are
/// field errors instead: `ServiceFieldErrorTests`.
@Suite struct ServiceErrorCodeTests {
    /// A server whose limits are small enough to cross with short queries, configured through
    /// the environment variables `rectify serve` reads.
    static let limited: Result<TestService, SeedDatabaseError> = {
        do {
            let environment = [
                "DATABASE_URL": "unused", "RECTIFY_MAX_DEPTH": "5", "RECTIFY_MAX_FIELDS": "12", "RECTIFY_MAX_ALIASES": "3",
                "RECTIFY_MAX_PAGE_SIZE": "10", "RECTIFY_DEFAULT_PAGE_SIZE": "5", "RECTIFY_MAX_LIST_LENGTH": "3",
                "RECTIFY_MAX_FILTER_DEPTH": "2", "RECTIFY_MAX_COST": "60", "RECTIFY_MAX_TOKENS": "400",
            ]
            let loaded = try ServiceConfiguration.load(environment: environment, arguments: [])
            return .success(try TestService(database: SeedDatabase.configuration.get()) { configuration in
                configuration.limits = loaded.limits
                configuration.parseOptions = loaded.parseOptions
            })
        } catch {
            return .failure(SeedDatabaseError("could not start the limited server: \(error)"))
        }
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var query: String
        var variables: String?
        var operationName: String?
        var code: String
        /// A part of the message that says what was wrong.
        var message: String

        var testDescription: String { name }
    }

    static let limitCases: [Case] = [
        Case(name: "depth", query: "{ units { nodes { parent { parent { parent { name } } } } } }",
             code: "QUERY_TOO_DEEP", message: "the maximum depth is 5"),
        Case(name: "fields", query: "{ findings { nodes { id number category title status longTerm progress } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }",
             code: "TOO_MANY_FIELDS", message: "more than 12 fields"),
        Case(name: "aliases", query: "{ a: findings { totalCount } b: findings { totalCount } c: findings { totalCount } d: findings { totalCount } }",
             code: "TOO_MANY_ALIASES", message: "more than 3 aliases"),
        Case(name: "filter depth", query: "{ findings(filter: { not: { not: { not: { number: { eq: 1 } } } } }) { totalCount } }",
             code: "FILTER_TOO_DEEP", message: "more than 2 levels"),
        Case(name: "cost", query: "{ units(first: 10) { nodes { findings(first: 10) { nodes { number } } } } }",
             code: "QUERY_TOO_COMPLEX", message: "the maximum is 60"),
        Case(name: "tokens", query: "{ findings { totalCount " + String(repeating: "totalCount ", count: 400) + "} }",
             code: "GRAPHQL_PARSE_FAILED", message: "more than 400 tokens"),
    ]

    @Test(arguments: limitCases)
    func reportsEachLimitWithItsCode(_ limit: Case) throws {
        let service = try Self.limited.get()
        try Self.check(limit, on: service)
    }

    static let requestCases: [Case] = [
        Case(name: "syntax", query: "{ findings { totalCount }", code: "GRAPHQL_PARSE_FAILED", message: "Syntax Error: Expected Name, found <EOF>."),
        Case(name: "unknown field", query: "{ findings { total } }", code: "GRAPHQL_VALIDATION_FAILED",
             message: "Cannot query field \"total\" on type \"FindingConnection\"."),
        Case(name: "unknown operation", query: "query A { __typename }", operationName: "B", code: "OPERATION_NOT_FOUND",
             message: "Unknown operation named \"B\"."),
        Case(name: "operation not named", query: "query A { __typename } query B { __typename }", code: "OPERATION_NOT_FOUND",
             message: "Must provide operation name if query contains multiple operations."),
        Case(name: "variable of the wrong type, with its path", query: "query($f: FindingFilter) { findings(filter: $f) { totalCount } }",
             variables: #"{"f": {"number": {"gt": "seven"}}}"#, code: "BAD_USER_INPUT",
             message: #"Variable "$f" got invalid value "seven" at "f.number.gt"; Int cannot represent non-integer value: "seven""#),
        Case(name: "missing required variable", query: "query($id: ID!) { node(id: $id) { id } }", code: "BAD_USER_INPUT",
             message: #"Variable "$id" of required type "ID!" was not provided."#),
        Case(name: "invalid Date literal", query: #"{ inspections(filter: { reportDate: { eq: "2020-02-30" } }) { totalCount } }"#,
             code: "GRAPHQL_VALIDATION_FAILED", message: #"Date cannot represent "2020-02-30": month 2 of 2020 has no day 30."#),
        Case(name: "invalid Date variable", query: "query($d: Date) { inspections(filter: { reportDate: { gte: $d } }) { totalCount } }",
             variables: #"{"d": "2020-13-01"}"#, code: "BAD_USER_INPUT", message: "there is no month 13"),
        Case(name: "DateTime without an offset", query: "query($t: DateTime) { inspections(filter: { publishedAt: { lt: $t } }) { totalCount } }",
             variables: #"{"t": "2020-12-11T08:55:00"}"#, code: "BAD_USER_INPUT", message: "the UTC offset is missing"),
        Case(name: "Decimal with an exponent", query: "{ funds(filter: { amount: { gt: 1e5 } }) { totalCount } }",
             code: "GRAPHQL_VALIDATION_FAILED", message: "exponent notation is not accepted"),
        Case(name: "Decimal with too many digits", query: "query($a: Decimal) { funds(filter: { amount: { gt: $a } }) { totalCount } }",
             variables: #"{"a": "1234567890123456789012345678901234567890"}"#, code: "BAD_USER_INPUT", message: "at most 38 digits"),
        Case(name: "NUL in a string", query: "query($t: String) { findings(filter: { title: { contains: $t } }) { totalCount } }",
             variables: #"{"t": "a\u0000b"}"#, code: "BAD_USER_INPUT", message: "U+0000"),
    ]

    @Test(arguments: requestCases)
    func reportsEachRequestErrorWithItsCode(_ error: Case) throws {
        try Self.check(error, on: ServiceHarness.service())
    }

    static func check(_ error: Case, on service: TestService) throws {
        let strict = try service.graphQL(error.query, variables: error.variables, operationName: error.operationName,
                                         accept: "application/graphql-response+json")
        #expect(strict.status == 400, "\(strict)")
        let json = try strict.json()
        #expect(json["data"] == nil, "a request error has no data: \(strict)")
        #expect(try ServiceHarness.codes(strict).contains(error.code), "\(strict)")
        #expect(try ServiceHarness.messages(strict).contains { $0.contains(error.message) }, "\(strict)")
        let legacy = try service.graphQL(error.query, variables: error.variables, operationName: error.operationName, accept: "application/json")
        #expect(legacy.status == 200, "\(legacy)")
        #expect(try legacy.json()["errors"] == json["errors"])
    }

    @Test func locatesASyntaxError() throws {
        let response = try ServiceHarness.service().graphQL("{\n  findings {\n    totalCount\n  }\n  !\n}")
        let error = try response.json()["errors"]?[.index(0)]
        #expect(error?["locations"] == .array([.object([JSONMember("line", .number("5")), JSONMember("column", .number("3"))])]))
    }

    @Test func acceptsValidScalarValues() throws {
        let service = try ServiceHarness.service()
        let data = try service.data("""
            query($d: Date, $t: DateTime, $a: Decimal) {
              byDate: inspections(filter: { reportDate: { eq: $d } }) { totalCount }
              byTime: inspections(filter: { publishedAt: { eq: $t } }) { totalCount }
              byAmount: funds(filter: { amount: { eq: $a } }) { totalCount nodes { amount } }
              literal: funds(filter: { amount: { gte: 381200, lte: "381200.00" } }) { totalCount }
            }
            """, variables: #"{"d": "2020-11-18", "t": "2020-12-11t08:55:00+08:00", "a": 381200.00}"#)
        #expect(data["byDate"]?["totalCount"]?.int == 1)
        #expect(data["byTime"]?["totalCount"]?.int == 1)
        #expect(data["byAmount"]?["totalCount"]?.int == 1)
        #expect(data["byAmount"]?[.key("nodes"), .index(0), .key("amount")] == .string("381200.00"))
        #expect(data["literal"]?["totalCount"]?.int == 1)
    }
}
