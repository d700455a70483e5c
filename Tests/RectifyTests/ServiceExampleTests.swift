import Foundation
import GraphQLLanguage
import Testing

/// A representative subset of the examples/ questions answered over HTTP (the compiler's
/// ExampleQuestionsTests run every question's SQL directly): the same answers the notice states,
/// now through the whole service.
@Suite struct ServiceExampleTests {
    static func example(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent("examples/\(name).graphql"), encoding: .utf8)
    }

    static func numbers(_ nodes: JSONValue?) -> [Int] {
        (nodes?.array ?? []).compactMap { $0["number"]?.int }
    }

    @Test func q01CountsFindingsByCategoryAndStatus() throws {
        let data = try ServiceHarness.service().data(Self.example("01-findings-by-category-and-status"))
        #expect(data[.key("findings"), .key("totalCount")]?.int == 51)
        let byCategory = (data[.key("findings"), .key("byCategory")]?.array ?? []).map {
            "\($0[.key("key"), .key("category")]?.string ?? "") \($0["count"]?.int ?? 0)"
        }
        #expect(Set(byCategory) == ["POLITICAL 7", "IDEOLOGICAL 9", "ORGANISATIONAL 15", "CONDUCT 9", "DISCIPLINE 11"])
        let byStatus = (data[.key("findings"), .key("byStatus")]?.array ?? []).map {
            "\($0[.key("key"), .key("status")]?.string ?? "") \($0["count"]?.int ?? 0)"
        }
        #expect(byStatus == ["COMPLETED 47", "BASICALLY_COMPLETED 4"])
    }

    @Test func q02ListsTheFindingsNotYetCompleted() throws {
        let data = try ServiceHarness.service().data(Self.example("02-not-yet-completed"))
        #expect(Self.numbers(data[.key("findings"), .key("nodes")]) == [1, 2, 3, 12])
    }

    @Test func q05ReadsTheInspectionHeader() throws {
        let data = try ServiceHarness.service().data(Self.example("05-inspection-header"))
        let inspection = data[.key("inspections"), .key("nodes"), .index(0)]
        #expect(inspection?["startDate"] == .string("2019-09-18"))
        #expect(inspection?["endDate"] == .string("2019-11-30"))
        #expect(inspection?["feedbackDate"] == .string("2020-01-17"))
        #expect(inspection?["reportDate"] == .string("2020-11-18"))
        // Serving sessions run in UTC (RECTIFY_TIME_ZONE): 08:55 in China is 00:55Z.
        #expect(inspection?["publishedAt"] == .string("2020-12-11T00:55:00+00:00"))
        #expect(inspection?[.key("target"), .key("name")] == .string("中共永州市教育局党组"))
        #expect(inspection?[.key("findings"), .key("totalCount")]?.int == 51)
    }

    @Test func q06SumsTheMoneyExactly() throws {
        let data = try ServiceHarness.service().data(Self.example("06-money"))
        #expect(data[.key("funds"), .key("aggregate"), .key("sum"), .key("amount")] == .string("7700381200.00"))
        let arrears = data[.key("funds"), .key("nodes")]?.array.first { $0["kind"]?.string == "ARREARS_COLLECTED" }
        #expect(arrears?["amount"] == .string("381200.00"))
        #expect(arrears?[.key("finding"), .key("number")]?.int == 45)
    }

    @Test func q11FindsPartyDues() throws {
        let data = try ServiceHarness.service().data(Self.example("11-party-dues"))
        #expect(Self.numbers(data[.key("findings"), .key("nodes")]) == [27, 30, 31])
    }

    @Test func q12ListsThePeopleDealtWith() throws {
        let data = try ServiceHarness.service().data(Self.example("12-people-dealt-with"))
        let people = data[.key("people"), .key("nodes")]?.array ?? []
        let head = people.first { $0["role"]?.string == "时任人事科科长" }
        let dealt = (head?[.key("dispositions"), .key("nodes")]?.array ?? []).map {
            "\($0["kind"]?.string ?? "") \($0[.key("finding"), .key("number")]?.int ?? 0)"
        }
        #expect(dealt == ["CRITICISM 17", "WRITTEN_SELF_EXAMINATION 17", "CRITICISM 18"])
    }

    @Test func q13WalksFromAUnitToItsChildrensFindingsAndFunds() throws {
        let data = try ServiceHarness.service().data(Self.example("13-unit-neighbourhood"))
        let unit = data[.key("units"), .key("nodes"), .index(0)]
        #expect(unit?["name"] == .string("永州市教育局"))
        let institute = (unit?[.key("children"), .key("nodes")]?.array ?? []).first { $0["name"]?.string == "永州市教育科学研究院" }
        #expect(Set([32, 34, 49]).isSubset(of: Self.numbers(institute?[.key("findings"), .key("nodes")])))
    }

    /// Question 7 over HTTP: six pages of ten forward and six backward, each finding once, with
    /// the cursors a client gets from one page sent back for the next, by GET and by POST.
    @Test(arguments: ["POST", "GET"])
    func q07PagesForwardAndBackwardOverHTTP(method: String) throws {
        let service = try ServiceHarness.service()
        let source = try Self.example("07-pages")
        func page(_ variables: String) throws -> JSONValue? {
            let response: HTTPTestResponse
            if method == "GET" {
                response = try service.get(HTTPTestClient.getTarget([("query", source), ("variables", variables)]))
            } else {
                response = try service.graphQL(source, variables: variables)
            }
            try #require(response.status == 200, "\(response)")
            return try response.json()[.key("data"), .key("findings")]
        }
        try FindingPages.expectSixPagesEachWay(page)
    }

    @Test func fetchesANodeByItsGlobalID() throws {
        let service = try ServiceHarness.service()
        let first = try service.data("{ findings(first: 1, orderBy: [{ field: NUMBER }]) { nodes { id number title } } }")
        let node = first[.key("findings"), .key("nodes"), .index(0)]
        let id = try #require(node?["id"]?.string)
        let fetched = try service.data("query($id: ID!) { node(id: $id) { id ... on Finding { number title } } }", variables: #"{"id": "\#(id)"}"#)
        #expect(fetched["node"] == node)
    }
}
