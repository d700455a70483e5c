internal import Foundation

/// Everything one notice's import writes, resolved and ready for the database: units by key,
/// people by index into `people`. Pure data; its canonical JSON's SHA-256 is the inspection's
/// `content_checksum`, so an unchanged plan is recognised without comparing rows.
package struct ImportPlan: Sendable, Hashable, Codable {
    package var sourceFile: String
    package var inspection: Inspection
    package var people: [Person]
    package var inspectionPeople: [InspectionPerson]
    package var findings: [Finding]
    /// Dispositions the summary states without a finding.
    package var summaryDispositions: [Disposition]

    package struct Inspection: Sendable, Hashable, Codable {
        package var title: String
        package var source: String
        package var sourceUnit: String?
        package var teamUnit: String
        package var targetUnit: String
        package var leadingGroupUnit: String?
        package var startedOn: CivilDate
        package var endedOn: CivilDate
        package var feedbackOn: CivilDate?
        package var reportedOn: CivilDate
        package var publishedAt: NoticeTimestamp
        package var signedBy: String?
        package var introduction: String
        package var summary: String
        package var statedFindingCount: Int?
        package var statedCompletedCount: Int?
        package var statedBasicallyCompletedCount: Int?
        package var statedLongTermCount: Int?
    }

    package struct Person: Sendable, Hashable, Codable {
        /// `person:<unit key>:<name>` for a named person (shared across notices); for others
        /// `role:…`, which the writer prefixes with the inspection (`inspection:<id>:role:…`).
        package var key: String
        package var name: String?
        package var role: String
        package var unit: String?
        /// Identified only within this notice (no name): stored with the inspection's id.
        package var isScopedToInspection: Bool { name == nil }
    }

    package struct InspectionPerson: Sendable, Hashable, Codable {
        package var person: Int
        package var role: InspectionRole
        package var note: String
    }

    package struct Finding: Sendable, Hashable, Codable {
        package var number: Int
        package var category: FindingCategory
        package var title: String
        package var status: RectificationStatus
        package var isLongTerm: Bool
        package var progress: String
        package var units: [UnitLink]
        package var people: [PersonLink]
        package var funds: [Fund]
        package var dispositions: [Disposition]
    }

    package struct UnitLink: Sendable, Hashable, Codable {
        package var unit: String
        /// `responsible` (the title names the unit) or `involved` (`finding_units.role`, GraphQL `LinkRole`).
        package var role: String
    }

    package struct PersonLink: Sendable, Hashable, Codable {
        package var person: Int
        /// `involved` (`finding_people.role`, GraphQL `LinkRole`).
        package var role: String
    }

    package struct Fund: Sendable, Hashable, Codable {
        package var kind: FundKind
        package var amount: YuanAmount?
        package var amountText: String?
        package var unit: String?
        package var sentence: String
    }

    package struct Disposition: Sendable, Hashable, Codable {
        package var person: Int
        package var kind: DispositionKind
        package var note: String
    }

    /// SHA-256 of the plan's canonical JSON (sorted keys), prefixed by a format version so a
    /// change in what the importer writes is seen as a change.
    package var checksum: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings, numbers and arrays cannot fail.
        let json = (try? encoder.encode(self)) ?? Data()
        return SHA256.hex(Array("rectify-import-1\n".utf8) + Array(json))
    }
}
