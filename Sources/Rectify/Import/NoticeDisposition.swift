/// Something a notice says was done to a person or to a counted group of people.
package struct NoticeDisposition: Hashable, Sendable, Codable {
    /// Who: a role the notice names (`时任人事科科长`) or a number of people (`7人`, `4名党员干部`).
    package var subject: DispositionSubject
    /// What was done, in the order the clause says it (`批评教育` then `书面检查`).
    package var kinds: [DispositionKind]
    /// The clause, as printed.
    package var clause: String
}

/// Who a disposition concerns.
package enum DispositionSubject: Hashable, Sendable, Codable {
    /// One person, or an uncounted group, identified only by role (`时任人事科科长`, `相关人员`).
    case role(String)
    /// A stated number of people (`对7人…`), each of whom the import records as a person.
    case counted(Int, role: String)
}
