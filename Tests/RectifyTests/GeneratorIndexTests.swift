import Foundation
import GraphQLLanguage
import PostgresClient
import QueryCompiler
@testable import Rectify
import Testing

/// The indexes the compiled queries need, checked on a generated dataset large enough for the
/// planner to care (the seed notice plus 50,000 synthetic findings): no filter or page of findings,
/// funds or their links reads a whole large table.
@Suite struct GeneratorIndexTests {
    /// Tables too large to read whole for one page.
    static let largeTables: Set<String> = ["findings", "funds", "finding_units", "finding_people", "dispositions"]

    /// The generated database, made once per test process.
    static let database: Result<PostgresConfiguration, SeedDatabaseError> = {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"] else {
            return .failure(SeedDatabaseError("DATABASE_URL is not set: run the tests through `make test`"))
        }
        do {
            let configuration = try SeedDatabase.seed(database: "rectify_generator_index_tests", on: PostgresConfiguration(url: url))
            _ = try DatasetGenerator(seed: 2024, findings: 50_000).generate(into: PostgresConnection(configuration: configuration))
            return .success(configuration)
        } catch {
            return .failure(SeedDatabaseError("could not prepare the generated database: \(String(reflecting: error))"))
        }
    }()

    /// A compiled query of the kind the API serves, with the indexes its plan should use.
    enum IndexedQuery: String, CaseIterable, Sendable {
        case findingsByStatusPage, findingsByCategoryPage, statusAndCategoryPage, findingsByTitlePage, statusCount
        case inspectionFindings, unitFindings, bigRefunds, fundsByAmountPage, schoolsWithBigFunds, findingNode, partyDuesSearch
        case groupByCategoryAndStatus

        /// Queries whose answer depends on every row (a grouped count of all findings): reading
        /// the table whole is the plan, so the scan check leaves them out.
        var readsAllRows: Bool { self == .groupByCategoryAndStatus }

        var document: String {
            switch self {
            case .findingsByStatusPage:
                "query($after: String) { findings(first: 20, after: $after, filter: {status: {eq: NOT_STARTED}}, orderBy: [{field: NUMBER}]) { edges { cursor node { id number title status } } pageInfo { hasNextPage endCursor } } }"
            case .findingsByCategoryPage:
                "query($after: String) { findings(first: 20, after: $after, filter: {category: {eq: DISCIPLINE}}, orderBy: [{field: NUMBER, direction: DESC}]) { nodes { number title } pageInfo { hasNextPage endCursor } } }"
            case .statusAndCategoryPage:
                "query { findings(first: 20, filter: {status: {eq: IN_PROGRESS}, category: {eq: POLITICAL}}, orderBy: [{field: NUMBER}]) { nodes { number title } pageInfo { hasNextPage } } }"
            case .findingsByTitlePage:
                "query($after: String) { findings(first: 20, after: $after, orderBy: [{field: TITLE}]) { nodes { number title } pageInfo { hasNextPage endCursor } } }"
            case .statusCount:
                "query { findings(filter: {status: {eq: IN_PROGRESS}}) { totalCount } }"
            case .fundsByAmountPage:
                "query($after: String) { funds(first: 20, after: $after, orderBy: [{field: AMOUNT, direction: DESC}]) { nodes { amount kind } pageInfo { hasNextPage endCursor } } }"
            case .groupByCategoryAndStatus:
                "query { findings { groupBy(by: [CATEGORY, STATUS]) { key { category status } count } } }"
            case .inspectionFindings:
                "query($id: ID!) { node(id: $id) { ... on Inspection { title findings(first: 20, orderBy: [{field: NUMBER}]) { nodes { number title status } } } } }"
            case .unitFindings:
                "query($key: String!) { units(filter: {key: {eq: $key}}) { nodes { name findings(first: 20, orderBy: [{field: NUMBER}]) { edges { role node { number title } } pageInfo { hasNextPage } } } } }"
            case .bigRefunds:
                "query { funds(first: 20, filter: {kind: {eq: ARREARS_COLLECTED}, amount: {gt: \"100000\"}}, orderBy: [{field: AMOUNT, direction: DESC}]) { nodes { amount amountText finding { number title } } pageInfo { hasNextPage endCursor } } }"
            case .schoolsWithBigFunds:
                "query { findings(first: 20, filter: {units: {some: {kind: {eq: SCHOOL}}}, funds: {some: {amount: {gt: \"100000\"}}}}, orderBy: [{field: NUMBER}]) { nodes { number title } } }"
            case .findingNode:
                "query($id: ID!) { node(id: $id) { id ... on Finding { number title units { nodes { name } } funds { nodes { amount } } dispositions { nodes { kind } } } } }"
            case .partyDuesSearch:
                "query { findings(first: 20, filter: {title: {contains: \"党费\"}, status: {ne: COMPLETED}}) { nodes { number title } } }"
            }
        }

        /// The variables, looked up in the database where they name rows (a deep cursor, a busy
        /// unit, a generated inspection or finding).
        func variables(_ connection: PostgresConnection) throws -> String {
            func first(_ query: String) throws -> String {
                try #require(try connection.query(query).first?.decode(String.self, at: 0))
            }
            switch self {
            case .findingsByStatusPage, .findingsByCategoryPage, .findingsByTitlePage, .fundsByAmountPage:
                // The cursor after three pages, so the keyset bound is in the plan.
                let root = self == .fundsByAmountPage ? "funds" : "findings"
                var variables = "{}"
                for _ in 0..<3 {
                    let page = try CompilerHarness.execute(document, variables: variables, on: connection)
                    let cursor = try #require(page[.key(root), .key("pageInfo"), .key("endCursor")]?.string)
                    variables = #"{"after": "\#(cursor)"}"#
                }
                return variables
            case .inspectionFindings:
                let data = try CompilerHarness.execute("{ inspections(first: 1, orderBy: [{field: REPORT_DATE, direction: DESC}]) { nodes { id } } }", on: connection)
                return #"{"id": "\#(try #require(data[.key("inspections"), .key("nodes"), .index(0), .key("id")]?.string))"}"#
            case .findingNode:
                let data = try CompilerHarness.execute("{ findings(first: 1, orderBy: [{field: ID, direction: DESC}]) { nodes { id } } }", on: connection)
                return #"{"id": "\#(try #require(data[.key("findings"), .key("nodes"), .index(0), .key("id")]?.string))"}"#
            case .unitFindings:
                let key = try first("""
                    SELECT u.key FROM finding_units fu JOIN units u ON u.id = fu.unit_id WHERE u.kind = 'school'
                    GROUP BY u.key ORDER BY count(*) DESC, u.key LIMIT 1
                    """)
                return #"{"key": "\#(key)"}"#
            case .bigRefunds, .schoolsWithBigFunds, .partyDuesSearch, .statusAndCategoryPage, .statusCount, .groupByCategoryAndStatus:
                return "{}"
            }
        }
    }

    /// The statement each root field runs, with its parameters.
    static func statements(_ query: IndexedQuery, _ connection: PostgresConnection) throws -> [(sql: String, parameters: PostgresParameters)] {
        let prepared = try CompilerHarness.prepare(query.document, variables: try query.variables(connection))
        return try prepared.operation.bind(prepared.variables).compactMap { field in
            guard case .sql(let text, let binds) = field.value else { return nil }
            return (text, PostgresParameters(binds.map { PostgresBind(text: $0.postgresText) }))
        }
    }

    /// Every plan node as (node type, relation, index), depth first.
    static func nodes(of plan: JSONValue) -> [(type: String, relation: String?, index: String?)] {
        var found: [(String, String?, String?)] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if case .string(let type)? = value["Node Type"] {
                    found.append((type, value["Relation Name"].flatMap { if case .string(let s) = $0 { s } else { nil } },
                                  value["Index Name"].flatMap { if case .string(let s) = $0 { s } else { nil } }))
                }
                for member in members { walk(member.value) }
            case .array(let items):
                items.forEach(walk)
            default:
                break
            }
        }
        walk(plan)
        return found
    }

    @Test(arguments: IndexedQuery.allCases.filter { !$0.readsAllRows })
    func readsNoLargeTableWhole(_ query: IndexedQuery) throws {
        let connection = try PostgresConnection(configuration: Self.database.get())
        for statement in try Self.statements(query, connection) {
            let json = try connection.query("EXPLAIN (FORMAT JSON) " + statement.sql, statement.parameters)[0].decode(String.self, at: 0)
            let nodes = Self.nodes(of: try JSONParser.parse(json))
            let scans = nodes.filter { $0.type == "Seq Scan" && Self.largeTables.contains($0.relation ?? "") }
            #expect(scans.isEmpty, "\(query.rawValue) reads \(scans.compactMap(\.relation)) whole:\n\(json)")
            #expect(nodes.contains { $0.index != nil }, "\(query.rawValue) uses no index")
        }
    }

    @Test(arguments: [
        (IndexedQuery.findingsByStatusPage, "findings_status_number_index"),
        (.findingsByCategoryPage, "findings_category_number_index"),
        (.findingsByTitlePage, "findings_title_index"),
        (.inspectionFindings, "findings_number_unique"),
        (.unitFindings, "finding_units_unit_finding_index"),
        (.bigRefunds, "funds_kind_amount_index"),
        (.fundsByAmountPage, "funds_amount_id_index"),
    ])
    func pagesWalkTheirCompositeIndex(_ query: IndexedQuery, index: String) throws {
        let connection = try PostgresConnection(configuration: Self.database.get())
        let statement = try #require(try Self.statements(query, connection).first)
        let json = try connection.query("EXPLAIN (FORMAT JSON) " + statement.sql, statement.parameters)[0].decode(String.self, at: 0)
        #expect(Self.nodes(of: try JSONParser.parse(json)).contains { $0.index == index }, "\(query.rawValue) does not use \(index):\n\(json)")
    }
}
