import Foundation
@testable import Rectify
import Testing

/// The synthetic dataset generator without a database: its random numbers, the rows it writes
/// into COPY buffers, the words and amounts it prints, the province and the schedule.
@Suite struct GeneratorPureTests {
    /// Generates the rows of `findings` findings into buffers, as `rectify generate` would for an
    /// empty database.
    static func rows(seed: UInt64, findings: Int) -> DatasetTables {
        let province = SyntheticProvince(seed: seed)
        var tables = DatasetTables(lastIDs: Array(repeating: 0, count: DatasetTables.Table.allCases.count))
        let unitIDs = UnitIDs(base: 0)
        province.writeUnits(unitIDs: unitIDs, into: &tables)
        var synthesizer = NoticeSynthesizer(seed: seed, findings: findings, province: province, unitIDs: unitIDs)
        for ordinal in 0..<synthesizer.schedule.inspectionCount {
            synthesizer.write(inspection: ordinal, into: &tables)
        }
        return tables
    }

    static func allBytes(_ tables: DatasetTables) -> [[UInt8]] {
        DatasetTables.Table.allCases.map { table in tables.withBytes(table) { $0 } }
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        // SplitMix64 from seed 0 (Steele, Lea and Flood; the values every implementation prints).
        var random = SplitMix64(seed: 0)
        #expect([random.next(), random.next(), random.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test func drawsStayInTheirRanges() {
        var random = SplitMix64(seed: 42, stream: 9)
        var seen = Set<Int>()
        for _ in 0..<10_000 {
            let value = random.int(in: 3...7)
            #expect((3...7).contains(value))
            seen.insert(value)
            #expect(random.zipf(below: 4) < 4)
        }
        #expect(seen == [3, 4, 5, 6, 7])
    }

    @Test func theSameSeedWritesTheSameBytes() {
        let first = Self.allBytes(Self.rows(seed: 11, findings: 2_000))
        let second = Self.allBytes(Self.rows(seed: 11, findings: 2_000))
        #expect(first == second)
        #expect(first.allSatisfy { !$0.isEmpty })
    }

    @Test func anotherSeedWritesOtherBytes() {
        let first = Self.allBytes(Self.rows(seed: 11, findings: 2_000))
        let other = Self.allBytes(Self.rows(seed: 12, findings: 2_000))
        for (table, (a, b)) in zip(DatasetTables.Table.allCases, zip(first, other)) {
            #expect(a != b, "table \(table.name) is the same for seeds 11 and 12")
        }
    }

    @Test(arguments: [1, 29, 30, 61, 89, 90, 1_000, 12_345])
    func scheduleSizesAddUpAndStayWithinThirtyToSixty(findings: Int) {
        let schedule = InspectionSchedule(seed: 3, findings: findings, targetCount: 500)
        #expect(schedule.sizes.reduce(0, +) == findings)
        if findings >= 30 {
            #expect(schedule.sizes.allSatisfy { InspectionSchedule.findingsPerInspection.contains($0) })
        } else {
            #expect(schedule.sizes == [findings])
        }
    }

    @Test func roundsDivideTheYearsInOrder() {
        let schedule = InspectionSchedule(seed: 3, findings: 100_000, targetCount: 300)
        #expect(schedule.rounds == (schedule.inspectionCount + 299) / 300)
        var previous = InspectionSchedule.firstStart - 1
        for round in 0..<schedule.rounds {
            let window = schedule.window(round: round)
            #expect(window.lowerBound > previous)
            previous = window.upperBound
        }
        #expect(previous == InspectionSchedule.lastStart)
        #expect(schedule.visitingOrder(round: 2).sorted() == Array(0..<300))
        #expect(schedule.visitingOrder(round: 2) != schedule.visitingOrder(round: 3))
    }

    @Test func theLargestDatasetFitsTheSchedule() {
        let targets = SyntheticProvince(seed: 1).targets.count
        let schedule = InspectionSchedule(seed: 1, findings: DatasetGenerator.maximumFindings, targetCount: targets)
        #expect(schedule.sizes.reduce(0, +) == DatasetGenerator.maximumFindings)
        #expect(schedule.window(round: schedule.rounds - 1).upperBound == InspectionSchedule.lastStart)
    }

    @Test func theProvinceHasAFewThousandUnitsWithUniqueWellFormedKeys() throws {
        let province = SyntheticProvince(seed: 5)
        #expect((3_000...10_000).contains(province.units.count))
        #expect(Set(province.units.map(\.key)).count == province.units.count)
        let format = try Regex("^g5-[a-z0-9][a-z0-9-]*$")
        #expect(province.units.allSatisfy { $0.key.wholeMatch(of: format) != nil })
        #expect(province.units.enumerated().allSatisfy { index, unit in (unit.parent ?? -1) < index })
        let kinds = Set(province.units.map(\.kind))
        for kind in [UnitKind.bureau, .partyOrganisation, .inspectionTeam, .disciplineBody, .school, .institute, .centre, .section,
                     .company, .governmentOffice, .workingGroup, .other] {
            #expect(kinds.contains(kind), "no unit of kind \(kind)")
        }
        #expect(province.targets.count > 1_000)
        #expect(province.targets.allSatisfy { $0.neighbourhood.count >= 4 && $0.innerCount >= 1 })
    }

    @Test func fundSentencesHaveTheKindTheImporterReads() {
        for sentence in FundPhrases.sentences {
            for amount in ["", "38.12万元"] where !amount.isEmpty || sentence.allowsNoAmount {
                let text = String(decoding: sentence.before + Array(amount.utf8) + sentence.after, as: UTF8.self)
                #expect((FundKind.named(in: text) ?? .other) == sentence.kind, "\(text)")
            }
        }
        #expect(FundKind.allCases.allSatisfy { kind in FundPhrases.byKind[FundKind.allCases.firstIndex(of: kind)!].isEmpty == false })
    }

    @Test func amountsReadBackExactlyAndAreLongTailed() {
        var random = SplitMix64(seed: 8)
        var byMagnitude = [Int](repeating: 0, count: 12)
        for _ in 0..<20_000 {
            let amount = SyntheticAmount.draw(kind: .refunded, &random)
            let digits = amount.decimal.decimalText.split(separator: ".")
            #expect(digits.count == 2 && digits[1].count == 2)
            byMagnitude[digits[0].count - 1] += 1
            let written = amount.text.hasSuffix("亿元") ? "亿" : amount.text.hasSuffix("万元") ? "万" : ""
            let number = String(amount.text.dropLast(written.isEmpty ? 1 : 2))
            #expect(YuanAmount(number: number, multiplier: YuanAmount.Multiplier(written: written)!) == amount.decimal)
            if let point = number.firstIndex(of: ".") { #expect(number[point...].count <= 3) }
        }
        // Hundreds to tens of thousands are common, millions few, hundreds of millions rare.
        #expect(byMagnitude[2] + byMagnitude[3] + byMagnitude[4] > 12_000)
        #expect((900...1_700).contains(byMagnitude[6]))
        #expect((10...250).contains(byMagnitude[8]))
    }

    @Test func copyTextEscapesTheFormatsSpecialBytes() {
        var buffer = CopyRowBuffer()
        buffer.text("a\tb\\c\nd\re")
        buffer.null()
        buffer.int(-42)
        buffer.date(days: 18_248)
        buffer.chinaTime(days: 18_607, minuteOfDay: 535)
        buffer.textArray([Array("甲".utf8), Array("乙 丙".utf8)])
        buffer.endRow()
        #expect(String(decoding: buffer.bytes, as: UTF8.self)
            == "a\\tb\\\\c\\nd\\re\t\\N\t-42\t2019-12-18\t2020-12-11 08:55:00+08\t{\"甲\",\"乙 丙\"}\n")
        #expect(buffer.rows == 1)
    }

    @Test(arguments: [
        (["--findings", "1000"], GenerateCommand.Arguments(findings: 1_000, seed: 1)),
        (["--seed", "18446744073709551615", "--findings=5"], GenerateCommand.Arguments(findings: 5, seed: .max)),
        (["--findings=20000000", "--seed=0"], GenerateCommand.Arguments(findings: 20_000_000, seed: 0)),
    ])
    func parsesTheCommandLine(arguments: [String], expected: GenerateCommand.Arguments) throws {
        #expect(try GenerateCommand.parse(arguments) == expected)
    }

    @Test(arguments: [
        ([], "--findings is required"),
        (["--findings"], "--findings needs a value"),
        (["--findings", "0"], "--findings must be a whole number from 1 to 20000000, not \"0\""),
        (["--findings", "20000001"], "not \"20000001\""),
        (["--findings", "1e6"], "not \"1e6\""),
        (["--findings", "10", "--seed", "-1"], "--seed must be a whole number"),
        (["--findings", "10", "--findings", "11"], "--findings is given twice"),
        (["--rows", "10"], "unknown argument \"--rows\""),
    ])
    func refusesBadCommandLinesSayingWhy(arguments: [String], message: String) {
        #expect {
            try GenerateCommand.parse(arguments)
        } throws: { error in
            let text = String(describing: error)
            return text.contains(message) && text.contains(GenerateCommand.usage)
        }
    }
}
