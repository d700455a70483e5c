import Foundation
@testable import Rectify
import Testing

/// Joining the parsed seed with the gazetteer and annotations; no database.
@Suite struct ImportPlannerTests {
    let notice: Notice
    let planner: ImportPlanner
    let annotations: NoticeAnnotations

    init() throws {
        notice = try NoticeParser.parse(try Fixtures.seedText, fileName: "yongzhou-education-rectification-2020.txt")
        planner = ImportPlanner(gazetteer: try UnitGazetteer.load(path: Fixtures.gazetteer.path))
        annotations = try #require(try NoticeAnnotations.load(forNotice: Fixtures.seedNotice.path))
    }

    func refusal(_ annotations: NoticeAnnotations?) -> String? {
        do {
            _ = try planner.plan(notice, annotations: annotations)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func plansTheSeedWithAStableChecksum() throws {
        let plan = try planner.plan(notice, annotations: annotations)
        #expect(plan.inspection.teamUnit == "yongzhou-party-inspection-team-2")
        #expect(plan.inspection.targetUnit == "yongzhou-education-bureau-party-group")
        #expect(plan.findings.filter(\.isLongTerm).map(\.number) == [9, 10, 11])
        #expect(try planner.plan(notice, annotations: annotations).checksum == plan.checksum)
        var other = plan
        other.findings[44].progress += "。"
        #expect(other.checksum != plan.checksum)
    }

    @Test func refusesAQuoteThatIsNotInTheNotice() {
        var changed = annotations
        changed.people[0].quotes = ["由局长王某同志任组长"]
        #expect(refusal(changed) == "yongzhou-education-rectification-2020.annotations.json: quote \"由局长王某同志任组长\" is not in the notice")
    }

    @Test func refusesLongTermFindingsThatDisagreeWithTheSummary() {
        var changed = annotations
        changed.longTermFindings?.numbers = [9, 10]
        #expect(refusal(changed) == "yongzhou-education-rectification-2020.annotations.json: the summary states 3 long-term findings, but 2 are marked (status wording or longTermFindings)")
        #expect(refusal(nil) == "yongzhou-education-rectification-2020.annotations.json: the summary states 3 long-term findings, but 0 are marked (status wording or longTermFindings)")
    }

    @Test func refusesAnUnknownUnitKey() {
        var changed = annotations
        changed.people[0].unit = "no-such-unit"
        #expect(refusal(changed) == "yongzhou-education-rectification-2020.annotations.json: unit \"no-such-unit\" is not in the units gazetteer")
    }

    @Test func refusesAnInspectedUnitTheGazetteerDoesNotKnow() {
        var changed = notice
        changed.inspection.target = "某某局党组"
        do {
            _ = try planner.plan(changed, annotations: annotations)
            Issue.record("an unknown inspected unit was accepted")
        } catch {
            #expect(error.description == "yongzhou-education-rectification-2020.txt:4: the inspected unit \"某某局党组\" is not in the units gazetteer (db/seed/units.json)")
        }
    }
}
