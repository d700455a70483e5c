@testable import Rectify
import Testing

/// The units gazetteer: validation on load, and finding the units a text names; no database.
@Suite struct UnitGazetteerTests {
    let gazetteer: UnitGazetteer
    let house: UnitGazetteer.House

    init() throws {
        gazetteer = try UnitGazetteer.load(path: Fixtures.gazetteer.path)
        house = UnitGazetteer.House(["yongzhou-education-bureau", "yongzhou-education-bureau-party-group"])
    }

    @Test func ordersParentsBeforeChildren() {
        var seen: Set<String> = []
        for unit in gazetteer.units {
            if let parent = unit.parent { #expect(seen.contains(parent), "\(unit.key) before its parent") }
            seen.insert(unit.key)
        }
    }

    @Test func prefersTheLongestName() {
        #expect(gazetteer.mentions(in: "市纪委监委派驻市教育局纪检监察组对清退情况进行初核", house: house)
            == ["yongzhou-discipline-team-at-education-bureau"])
        #expect(gazetteer.mentions(in: "已向市委组织部两新工委进行了述职", house: house) == ["yongzhou-party-new-organisations-committee"])
    }

    @Test func skipsDocumentTitles() {
        #expect(gazetteer.mentions(in: "印发了《冷水滩区人民政府关于调整招生区域的通知》", house: house).isEmpty)
        #expect(gazetteer.mentions(in: "要求冷水滩根据学位情况", house: house) == ["lengshuitan-district-government"])
    }

    @Test func matchesLocalAliasesOnlyInTheirOwnHouse() {
        #expect(gazetteer.mentions(in: "对时任人事科科长进行批评教育", house: house) == ["yongzhou-education-bureau-personnel-section"])
        #expect(gazetteer.mentions(in: "对时任人事科科长进行批评教育", house: UnitGazetteer.House(["yongzhou-government"])).isEmpty)
    }

    @Test func findsEachUnitOnceInOrderOfMention() {
        #expect(gazetteer.mentions(in: "除永州四中外,教育事务中心主任已配备到位;永州四中党委", house: house)
            == ["yongzhou-no4-middle-school", "yongzhou-education-affairs-centre"])
    }

    @Test func refusesAnInvalidGazetteer() {
        #expect(throws: GazetteerError.duplicateKey("a")) {
            _ = try UnitGazetteer(units: [.init(key: "a", name: "甲", kind: .school), .init(key: "a", name: "乙", kind: .school)])
        }
        #expect(throws: GazetteerError.unknownParent(key: "a", parent: "b")) {
            _ = try UnitGazetteer(units: [.init(key: "a", name: "甲", kind: .school, parent: "b")])
        }
        #expect(throws: GazetteerError.parentCycle(key: "a")) {
            _ = try UnitGazetteer(units: [.init(key: "a", name: "甲", kind: .school, parent: "b"), .init(key: "b", name: "乙", kind: .school, parent: "a")])
        }
        #expect(throws: GazetteerError.ambiguousName("甲", keys: ["a", "b"])) {
            _ = try UnitGazetteer(units: [.init(key: "a", name: "甲", kind: .school), .init(key: "b", name: "乙", aliases: ["甲"], kind: .school)])
        }
        #expect(throws: GazetteerError.badKey("A b")) {
            _ = try UnitGazetteer(units: [.init(key: "A b", name: "甲", kind: .school)])
        }
    }
}
