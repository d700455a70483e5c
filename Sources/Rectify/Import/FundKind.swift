/// What happened to money a finding mentions; raw values are the `funds.kind` column's values,
/// and the names are the GraphQL `FundKind` enum's (schema.graphql) in lower_snake case.
package enum FundKind: String, CaseIterable, Sendable, Codable {
    case refunded
    case arrearsCollected = "arrears_collected"
    case returnedToProperAccount = "returned_to_proper_account"
    case invested
    case backPaid = "back_paid"
    case other

    /// The words that mark each kind, in the order they are tried: the more specific phrase first
    /// (`归还原资金渠道` before a bare `归还`, which is `other`: 借支现金已经归还), so each sentence
    /// gets the kind its most precise words say.
    static let keywords: [(kind: FundKind, words: [String])] = [
        (.returnedToProperAccount, ["归还原资金渠道", "归还了原资金渠道", "退回原资金渠道"]),
        (.arrearsCollected, ["催收", "欠缴", "追缴"]),
        (.refunded, ["清退", "退款", "退还"]),
        (.backPaid, ["补缴"]),
        (.invested, ["投资"]),
        (.other, ["归还"]),
    ]

    /// The kind the words of a (normalized) clause name, or nil when they name none.
    static func named(in text: String) -> FundKind? {
        keywords.first { entry in entry.words.contains { text.contains($0) } }?.kind
    }
}
