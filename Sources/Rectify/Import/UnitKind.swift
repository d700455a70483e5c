/// What sort of unit a unit is; raw values are the `units.kind` column's values.
package enum UnitKind: String, CaseIterable, Sendable, Codable {
    case bureau
    case government
    case governmentOffice = "government_office"
    case partyOrganisation = "party_organisation"
    case inspectionTeam = "inspection_team"
    case disciplineInspection = "discipline_inspection"
    case school
    case institute
    case centre
    case section
    case company
    case tradeUnion = "trade_union"
    case leadingGroup = "leading_group"
    case workingGroup = "working_group"
    case other
}
