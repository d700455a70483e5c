/// What was done to a person; raw values are the `dispositions.kind` column's values, and the
/// names are the GraphQL `DispositionKind` enum's (schema.graphql) in lower_snake case.
///
/// Dispositions the contract has no value for (处理, 诫勉谈话, 严重警告, 记过, 按自行退党处理…)
/// are `other`; the disposition's note keeps the notice's words.
package enum DispositionKind: String, CaseIterable, Sendable, Codable {
    case caseFiled = "case_filed"
    case warning
    case reminderTalk = "reminder_talk"
    case criticism
    case writtenSelfExamination = "written_self_examination"
    case interview
    case accountability
    case other
}
