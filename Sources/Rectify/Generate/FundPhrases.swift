/// Fund sentences: what a progress text says happened to money, with the kind the importer's
/// keywords give that sentence (``FundKind/named(in:)``), so generated rows agree with what
/// `rectify import` would read from the same words.
enum FundPhrases {
    /// A sentence with a place for the amount: `欠缴电费` + `38.12万元` + `已催收完成`.
    struct Sentence {
        let kind: FundKind
        let before: [UInt8]
        let after: [UInt8]
        /// Whether the sentence reads well without an amount (`违规发放补助已清退`).
        let allowsNoAmount: Bool
        /// Whether a unit's name may open the sentence (`永州四中违规发放补助…`), which makes the
        /// money that unit's.
        let takesSubject: Bool

        init(_ kind: FundKind, _ before: String, _ after: String, allowsNoAmount: Bool = true, takesSubject: Bool = false) {
            self.kind = kind
            self.before = Array(before.utf8)
            self.after = Array(after.utf8)
            self.allowsNoAmount = allowsNoAmount
            self.takesSubject = takesSubject
        }
    }

    static let sentences: [Sentence] = [
        Sentence(.refunded, "违规发放补助", "已清退", takesSubject: true),
        Sentence(.refunded, "多发放的津补贴", "已全部清退", takesSubject: true),
        Sentence(.refunded, "违规领取的佣金", "已清退", takesSubject: true),
        Sentence(.refunded, "相关人员已退款", ",所退款已存进单位账户"),
        Sentence(.refunded, "违规发放的奖金", "已全部退还", takesSubject: true),
        Sentence(.arrearsCollected, "欠缴电费", "已催收完成", takesSubject: true),
        Sentence(.arrearsCollected, "拖欠的房屋租金", "已全部追缴到位", takesSubject: true),
        Sentence(.arrearsCollected, "欠缴水电费", "已催收完毕", takesSubject: true),
        Sentence(.returnedToProperAccount, "将挤占挪用的专项资金", "及时归还了原资金渠道"),
        Sentence(.returnedToProperAccount, "挤占的专项资金", "已退回原资金渠道", takesSubject: true),
        Sentence(.backPaid, "已按要求补缴党费", ""),
        Sentence(.backPaid, "相关单位已补缴社会保险费", ""),
        Sentence(.invested, "累计完成投资", "", allowsNoAmount: false),
        Sentence(.invested, "投资", "用于改善办学条件", allowsNoAmount: false),
        Sentence(.other, "干部职工借支现金", "已经归还", takesSubject: true),
        Sentence(.other, "已收回往来款项", "", allowsNoAmount: false),
    ]

    /// The sentences of each kind (indexed like `FundKind.allCases`).
    static let byKind: [[Sentence]] = FundKind.allCases.map { kind in sentences.filter { $0.kind == kind } }

    /// Per category (indexed like `FindingCategory.allCases`): the chance per thousand that a
    /// finding states money, and the weights of the kinds (like `FundKind.allCases`).
    static let chance = [20, 10, 80, 300, 350]
    static let kindWeights: [[Int]] = [
        [0, 0, 0, 40, 0, 60],
        [0, 0, 0, 40, 0, 60],
        [20, 0, 0, 0, 70, 10],
        [65, 10, 10, 0, 5, 10],
        [27, 25, 25, 2, 6, 15],
    ]
}
