import Foundation
import GraphQLLanguage
import PostgresClient
import QueryCompiler
import Testing

/// Each question of QUESTIONS.md answered by its document under examples/, run against the seed
/// notice, the answer checked against what the notice states.
@Suite struct ExampleQuestionsTests {
    static func example(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent("examples/\(name).graphql"), encoding: .utf8)
    }

    static func run(_ name: String, variables: String = "{}") throws -> JSONValue {
        try CompilerHarness.execute(example(name), variables: variables, on: SeedDatabase.connect())
    }

    static func numbers(_ nodes: JSONValue?) -> [Int] {
        (nodes?.array ?? []).compactMap { $0[.key("number")]?.int }
    }

    @Test func q01CountsFindingsByCategoryAndStatus() throws {
        let data = try Self.run("01-findings-by-category-and-status")
        #expect(data[.key("findings"), .key("totalCount")]?.int == 51)
        let byCategory = Dictionary(uniqueKeysWithValues: (data[.key("findings"), .key("byCategory")]?.array ?? []).map {
            ($0[.key("key"), .key("category")]?.string ?? "", $0[.key("count")]?.int ?? 0)
        })
        #expect(byCategory == ["POLITICAL": 7, "IDEOLOGICAL": 9, "ORGANISATIONAL": 15, "CONDUCT": 9, "DISCIPLINE": 11])
        let byStatus = (data[.key("findings"), .key("byStatus")]?.array ?? []).map {
            "\($0[.key("key"), .key("status")]?.string ?? "") \($0[.key("count")]?.int ?? 0)"
        }
        #expect(byStatus == ["COMPLETED 47", "BASICALLY_COMPLETED 4"])
    }

    @Test func q02ListsTheFindingsNotYetCompleted() throws {
        let data = try Self.run("02-not-yet-completed")
        let nodes = data[.key("findings"), .key("nodes")]
        #expect(Self.numbers(nodes) == [1, 2, 3, 12])
        #expect(nodes?.array.allSatisfy { $0[.key("status")]?.string == "BASICALLY_COMPLETED" } == true)
        #expect(nodes?[.index(0), .key("category")]?.string == "POLITICAL")
        #expect(nodes?[.index(0), .key("progress")]?.string?.contains("永州四中") == true)
        let firstUnits = (nodes?[.index(0), .key("units"), .key("nodes")]?.array ?? []).compactMap { $0[.key("shortName")]?.string }
        #expect(firstUnits.contains("永州四中"))
    }

    @Test func q03ListsTheLongTermFindings() throws {
        let data = try Self.run("03-long-term")
        #expect(Self.numbers(data[.key("findings"), .key("nodes")]) == [9, 10, 11])
        #expect(data[.key("findings"), .key("totalCount")]?.int == 3)
    }

    @Test func q04NamesTheLeadingGroup() throws {
        let data = try Self.run("04-leading-group")
        let edges = data[.key("inspections"), .key("nodes"), .index(0), .key("leadership"), .key("edges")]?.array ?? []
        let leader = edges.first { $0[.key("role")]?.string == "LEADER" }
        #expect(leader?[.key("node"), .key("name")]?.string == "张建坤")
        #expect(leader?[.key("node"), .key("role")]?.string?.hasPrefix("局党组书记、局长") == true)
        #expect(leader?[.key("node"), .key("unit"), .key("name")]?.string == "永州市教育局")
        let roles = edges.filter { $0[.key("node"), .key("name")]?.string == "何宁" }.compactMap { $0[.key("role")]?.string }
        #expect(Set(roles) == ["EXECUTIVE_DEPUTY_LEADER", "OFFICE_HEAD"])
        #expect(edges.contains { $0[.key("role")]?.string == "DEPUTY_LEADER" })
    }

    @Test func q05ReadsTheInspectionHeader() throws {
        let data = try Self.run("05-inspection-header")
        let inspection = data[.key("inspections"), .key("nodes"), .index(0)]
        #expect(inspection?[.key("team"), .key("name")]?.string?.contains("第二巡察组") == true)
        #expect(inspection?[.key("target"), .key("name")]?.string == "中共永州市教育局党组")
        #expect(inspection?[.key("startDate")]?.string == "2019-09-18")
        #expect(inspection?[.key("endDate")]?.string == "2019-11-30")
        #expect(inspection?[.key("feedbackDate")]?.string == "2020-01-17")
        #expect(inspection?[.key("reportDate")]?.string == "2020-11-18")
        // The connection's time zone is UTC: 08:55 in China is 00:55Z.
        #expect(inspection?[.key("publishedAt")]?.string == "2020-12-11T00:55:00+00:00")
        #expect(inspection?[.key("source")]?.string == "永州市教育局")
        #expect(inspection?[.key("findings"), .key("totalCount")]?.int == 51)
    }

    @Test func q06SumsTheMoneyByKind() throws {
        let data = try Self.run("06-money")
        let byKind = Dictionary(uniqueKeysWithValues: (data[.key("funds"), .key("byKind")]?.array ?? []).map {
            ($0[.key("key"), .key("kind")]?.string ?? "", $0[.key("sum"), .key("amount")] ?? .null)
        })
        #expect(byKind["ARREARS_COLLECTED"] == .string("381200.00"))
        #expect(byKind["INVESTED"] == .string("7700000000.00"))
        #expect(data[.key("funds"), .key("aggregate"), .key("sum"), .key("amount")] == .string("7700381200.00"))
        let arrears = data[.key("funds"), .key("nodes")]?.array.first { $0[.key("kind")]?.string == "ARREARS_COLLECTED" }
        #expect(arrears?[.key("finding"), .key("number")]?.int == 45)
        #expect(arrears?[.key("amountText")]?.string == "38.12万元")
        let invested = data[.key("funds"), .key("nodes")]?.array.first { $0[.key("kind")]?.string == "INVESTED" }
        #expect(invested?[.key("finding"), .key("number")]?.int == 9)
        #expect(data[.key("funds"), .key("byUnit")]?.array.isEmpty == false)
    }

    @Test func q07PagesForwardAndBackwardVisitEachFindingOnce() throws {
        let source = try Self.example("07-pages")
        let connection = try SeedDatabase.connect()
        func page(_ variables: String) throws -> JSONValue? {
            try CompilerHarness.execute(source, variables: variables, on: connection)[.key("findings")]
        }
        try FindingPages.expectSixPagesEachWay(page)
    }

    @Test func q08FindsTheFindingsOfTheFourthMiddleSchool() throws {
        let data = try Self.run("08-yongzhou-no4")
        let numbers = Self.numbers(data[.key("findings"), .key("nodes")])
        #expect(Set([1, 2, 33]).isSubset(of: numbers))
        let finding33 = data[.key("findings"), .key("nodes")]?.array.first { $0[.key("number")]?.int == 33 }
        #expect(finding33?[.key("dispositions"), .key("nodes")]?.array.isEmpty == false)
    }

    @Test func q09FindsTheResearchInstituteAndItsPeopleDealtWith() throws {
        let data = try Self.run("09-research-institute")
        let unit = data[.key("units"), .key("nodes"), .index(0)]
        let numbers = (unit?[.key("findings"), .key("edges")]?.array ?? []).compactMap { $0[.key("node"), .key("number")]?.int }
        #expect(Set([32, 34, 49]).isSubset(of: numbers))
        let people = unit?[.key("people"), .key("nodes")]?.array ?? []
        let head = people.first { $0[.key("role")]?.string == "市教科院负责人" }
        let kinds = (head?[.key("dispositions"), .key("nodes")]?.array ?? []).map { "\($0[.key("kind")]?.string ?? "") \($0[.key("finding"), .key("number")]?.int ?? 0)" }
        #expect(kinds == ["REMINDER_TALK 32", "REMINDER_TALK 34"])
    }

    @Test func q10RanksUnitsByFindings() throws {
        let data = try Self.run("10-units-ranked")
        let ranked = data[.key("findings"), .key("byUnit")]?.array ?? []
        let counts = ranked.compactMap { $0[.key("count")]?.int }
        #expect(counts == counts.sorted(by: >))
        #expect(ranked.first?[.key("key"), .key("unit"), .key("shortName")]?.string == "市教科院")
        #expect(ranked.first?[.key("count")]?.int == 4)
        let pairs = data[.key("findings"), .key("byUnitAndCategory")]?.array ?? []
        #expect(pairs.allSatisfy { $0[.key("key"), .key("category")]?.string != nil && $0[.key("key"), .key("unit"), .key("name")]?.string != nil })
    }

    @Test func q11FindsPartyDues() throws {
        let data = try Self.run("11-party-dues")
        #expect(Self.numbers(data[.key("findings"), .key("nodes")]) == [27, 30, 31])
    }

    @Test func q12ListsThePeopleDealtWith() throws {
        let data = try Self.run("12-people-dealt-with")
        let people = data[.key("people"), .key("nodes")]?.array ?? []
        let head = people.first { $0[.key("role")]?.string == "时任人事科科长" }
        let dealt = (head?[.key("dispositions"), .key("nodes")]?.array ?? []).map { "\($0[.key("kind")]?.string ?? "") \($0[.key("finding"), .key("number")]?.int ?? 0)" }
        #expect(dealt == ["CRITICISM 17", "WRITTEN_SELF_EXAMINATION 17", "CRITICISM 18"])
        #expect(head?[.key("unit"), .key("name")]?.string == "永州市教育局人事科")
        let examiner = people.first { $0[.key("role")]?.string == "原档案专审员" }
        #expect(examiner?[.key("dispositions"), .key("nodes"), .index(0), .key("finding"), .key("number")]?.int == 22)
        let warned = people.filter { ($0[.key("dispositions"), .key("nodes")]?.array ?? []).contains { $0[.key("kind")]?.string == "WARNING" } }
        #expect(warned.count == 7)
    }

    @Test func q13WalksFromAUnitToItsChildrensFindingsAndFunds() throws {
        let data = try Self.run("13-unit-neighbourhood")
        let unit = data[.key("units"), .key("nodes"), .index(0)]
        #expect(unit?[.key("name")]?.string == "永州市教育局")
        #expect(unit?[.key("parent"), .key("name")]?.string != nil)
        let children = unit?[.key("children"), .key("nodes")]?.array ?? []
        let institute = children.first { $0[.key("name")]?.string == "永州市教育科学研究院" }
        #expect(Set([32, 34, 49]).isSubset(of: Self.numbers(institute?[.key("findings"), .key("nodes")])))
        let funds = (institute?[.key("findings"), .key("nodes")]?.array ?? []).flatMap { $0[.key("funds"), .key("nodes")]?.array ?? [] }
        #expect(!funds.isEmpty)
    }

    @Test func q14FindsSchoolFindingsWithoutFunds() throws {
        let data = try Self.run("14-schools-without-funds")
        let nodes = data[.key("findings"), .key("nodes")]?.array ?? []
        #expect(nodes.allSatisfy { !($0[.key("units"), .key("nodes")]?.array.isEmpty ?? true) })
        // Findings 1, 2, 12, 20 and 33 concern schools; 33 (永州四中's allowances) has a fund.
        #expect(Self.numbers(data[.key("findings"), .key("nodes")]) == [1, 2, 12, 20])
    }
}
