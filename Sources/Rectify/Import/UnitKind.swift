/// What sort of unit a unit is; raw values are the `units.kind` column's values, and the names
/// are the GraphQL `UnitKind` enum's (schema.graphql) in lower_snake case.
package enum UnitKind: String, CaseIterable, Sendable, Codable {
    case bureau
    case partyOrganisation = "party_organisation"
    case inspectionTeam = "inspection_team"
    case disciplineBody = "discipline_body"
    case school
    case institute
    case centre
    case section
    case company
    case governmentOffice = "government_office"
    case workingGroup = "working_group"
    case other
}
