/// Finds the money a finding's progress text states, sentence by sentence.
///
/// Rules (documented in the `funds` table's comments):
/// - every amount written `…元`, `…万元` or `…亿元` gives one fund, its kind named by the words of
///   the clause it stands in (else of its sentence; `other` when neither names one);
/// - a sentence whose words name a kind of money movement (`已清退`, `补缴党费`) but give no
///   amount gives one fund of that kind with no amount: the notice says the money moved, not how
///   much, and dropping it would lose a refund the dashboards count.
enum FundExtractor {
    /// Amounts: digits (with optional `,` thousands groups and decimals), then `万` or `亿`, then `元`.
    nonisolated(unsafe) static let amountPattern = /([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*(万|亿)?元/

    /// The funds `progress` states, or the first amount that cannot be held exactly.
    static func funds(in progress: String) -> Result<[NoticeFund], AmountProblem> {
        var funds: [NoticeFund] = []
        for sentence in NoticeText.sentences(progress) {
            let folded = NoticeText.fold(sentence)
            var kindsWithAmount: Set<FundKind> = []
            for match in folded.matches(of: amountPattern) {
                let number = String(match.output.1)
                let written = match.output.2.map(String.init) ?? ""
                let original = NoticeText.slice(sentence, folded: folded, range: match.range)
                guard let multiplier = YuanAmount.Multiplier(written: written),
                      let amount = YuanAmount(number: number, multiplier: multiplier) else {
                    return .failure(AmountProblem(text: original))
                }
                let clause = NoticeText.clause(around: match.range, in: folded)
                let kind = FundKind.named(in: clause) ?? FundKind.named(in: folded) ?? .other
                kindsWithAmount.insert(kind)
                funds.append(NoticeFund(kind: kind, amount: amount, amountText: original, sentence: sentence))
            }
            guard kindsWithAmount.isEmpty else { continue }
            var kinds = FundKind.keywords.filter { entry in entry.words.contains { folded.contains($0) } }.map(\.kind)
            // 归还原资金渠道 is the more precise reading of its own 归还.
            if kinds.contains(.returnedToProperAccount) { kinds.removeAll { $0 == .other } }
            for kind in kinds {
                funds.append(NoticeFund(kind: kind, amount: nil, amountText: nil, sentence: sentence))
            }
        }
        return .success(funds)
    }

    /// An amount the notice writes that cannot be held exactly (too large, finer than a fen).
    struct AmountProblem: Error {
        let text: String
    }
}
