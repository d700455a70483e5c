/// The heading a finding is listed under; raw values are the `findings.category` column's values.
package enum FindingCategory: String, CaseIterable, Sendable, Codable {
    case political
    case ideological
    case organisational
    case conduct
    case discipline

    /// The words of a category heading that name this category, e.g. `政治建设`.
    ///
    /// Headings vary (`(一)在党的政治建设方面存在的问题`, `一是政治建设方面`), but each names
    /// the part of party building it is about; discipline headings may name anti-corruption or
    /// clean government instead.
    package var headingKeywords: [String] {
        switch self {
        case .political: ["政治建设"]
        case .ideological: ["思想建设"]
        case .organisational: ["组织建设"]
        case .conduct: ["作风建设"]
        case .discipline: ["纪律建设", "反腐败", "廉政建设"]
        }
    }

    /// The category a heading names, or nil when it names none or more than one.
    package static func named(byHeading heading: String) -> FindingCategory? {
        let matches = allCases.filter { category in
            category.headingKeywords.contains { heading.contains($0) }
        }
        return matches.count == 1 ? matches[0] : nil
    }
}
