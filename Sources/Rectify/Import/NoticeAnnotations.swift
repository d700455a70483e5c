internal import Foundation

/// What a notice's text alone cannot give, curated by hand beside it
/// (`<notice>.annotations.json`).
///
/// Every statement carries the notice's own words (`quote`/`quotes`), which the importer checks
/// are in the notice, so an annotation cannot drift from the text it interprets.
package struct NoticeAnnotations: Sendable, Hashable, Decodable {
    /// The notice file these annotations are for (its name, no directory).
    package var notice: String
    package var leadingGroup: LeadingGroup?
    package var people: [Person]
    package var longTermFindings: LongTermFindings?
    package var dispositions: [Disposition]

    /// The unit the inspected unit set up to run the rectification.
    package struct LeadingGroup: Sendable, Hashable, Decodable {
        /// Gazetteer key.
        package var unit: String
        package var quote: String
    }

    /// A person named (or identified by role) in the notice's prose, with their part in the work.
    package struct Person: Sendable, Hashable, Decodable {
        package var name: String?
        package var role: String
        /// Gazetteer key of the unit the person works in.
        package var unit: String?
        package var rectificationRoles: [InspectionRole]
        package var quotes: [String]
    }

    /// Which findings need long-term effort, when the summary names them by description.
    package struct LongTermFindings: Sendable, Hashable, Decodable {
        package var numbers: [Int]
        package var quote: String
        package var reason: String?
    }

    /// A disposition the phrasing rules cannot read.
    package struct Disposition: Sendable, Hashable, Decodable {
        package var finding: Int?
        package var person: Person
        package var kind: DispositionKind
        package var quote: String

        package struct Person: Sendable, Hashable, Decodable {
            package var name: String?
            package var role: String
            package var unit: String?
        }
    }

    enum CodingKeys: String, CodingKey {
        case notice, leadingGroup, people, longTermFindings, dispositions
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        notice = try container.decode(String.self, forKey: .notice)
        leadingGroup = try container.decodeIfPresent(LeadingGroup.self, forKey: .leadingGroup)
        people = try container.decodeIfPresent([Person].self, forKey: .people) ?? []
        longTermFindings = try container.decodeIfPresent(LongTermFindings.self, forKey: .longTermFindings)
        dispositions = try container.decodeIfPresent([Disposition].self, forKey: .dispositions) ?? []
    }

    package init(notice: String) {
        self.notice = notice
        people = []
        dispositions = []
    }

    /// Where a notice's annotations live: beside it, `x.txt` → `x.annotations.json`.
    package static func path(forNotice path: String) -> String {
        let base = path.hasSuffix(".txt") ? String(path.dropLast(4)) : path
        return base + ".annotations.json"
    }

    /// Reads the annotations beside a notice; none when there is no such file.
    package static func load(forNotice path: String) throws(ImportError) -> NoticeAnnotations? {
        let annotationsPath = Self.path(forNotice: path)
        guard FileManager.default.fileExists(atPath: annotationsPath) else { return nil }
        guard let data = FileManager.default.contents(atPath: annotationsPath) else {
            throw .unreadableFile(path: annotationsPath)
        }
        do {
            return try JSONDecoder().decode(NoticeAnnotations.self, from: data)
        } catch {
            throw .annotations(file: annotationsPath.split(separator: "/").last.map(String.init) ?? annotationsPath,
                               problem: "not valid annotations: \(error)")
        }
    }
}
