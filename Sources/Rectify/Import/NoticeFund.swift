/// Money a finding's progress text says moved, as read from one sentence.
package struct NoticeFund: Hashable, Sendable, Codable {
    package var kind: FundKind
    /// The amount; nil when the sentence says money moved without saying how much.
    package var amount: YuanAmount?
    /// The amount as printed, e.g. `38.12万元`; nil with `amount`.
    package var amountText: String?
    /// The sentence, as printed.
    package var sentence: String
}
