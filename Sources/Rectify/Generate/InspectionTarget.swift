/// A party organisation inspection teams visit, with everything a notice about it draws on.
struct InspectionTarget {
    /// What sort of body is inspected; decides the leadership's titles and the finding phrases.
    enum Kind {
        case educationBureau
        case bureau
        case school
        case township
    }

    let kind: Kind
    /// The inspected party organisation (`target_unit_id`).
    let unit: Int
    /// The body it leads, which publishes the notice (`source_unit_id`) and whose people run the
    /// rectification: a bureau, a school or a township government.
    let home: Int
    /// The standing rectification leading group (`leading_group_unit_id`).
    let leadingGroup: Int
    /// The teams of the party committee that inspects it.
    let teams: [Int]
    /// How the inspecting committee is named in running text: 市委, 县委 or 区委.
    let committeeWord: String
    /// The units its findings concern, the most often concerned first: first its own house's
    /// (schools, centres, sections: `innerCount` of them), then outside bodies (governments,
    /// other bureaus, companies), which findings mostly only mention.
    let neighbourhood: [Int]
    let innerCount: Int
    /// Sections whose heads notices name by role (人事科 → 时任人事科科长), with the head's title.
    let sectionHeads: [(unit: Int, title: String)]

    /// Whether the education-specific phrases (学位建设, 师德师风…) fit its findings.
    var isEducation: Bool {
        kind == .educationBureau || kind == .school
    }
}
