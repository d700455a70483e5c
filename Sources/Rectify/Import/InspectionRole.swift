/// A person's part in running a rectification; raw values are `inspection_people.role`'s values.
package enum InspectionRole: String, CaseIterable, Sendable, Codable {
    case leader
    case executiveDeputyLeader = "executive_deputy_leader"
    case deputyLeader = "deputy_leader"
    case officeHead = "office_head"
    case member
}
