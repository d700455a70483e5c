/// What was done to a person; raw values are the `dispositions.kind` column's values.
package enum DispositionKind: String, CaseIterable, Sendable, Codable {
    case caseFiled = "case_filed"
    case warning
    case seriousWarning = "serious_warning"
    case demerit
    case majorDemerit = "major_demerit"
    case demotion
    case dismissal
    case expulsion
    case criticism
    case writtenSelfExamination = "written_self_examination"
    case reminderTalk = "reminder_talk"
    case admonishmentTalk = "admonishment_talk"
    case interview
    case handled
    case removedFromParty = "removed_from_party"
    case accountabilityInProgress = "accountability_in_progress"
}
