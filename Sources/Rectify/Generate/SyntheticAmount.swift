/// A money amount as a notice prints it (`38.12万元`) and as `funds.amount` holds it (`381200.00`).
///
/// Amounts are long-tailed like real ones: the order of magnitude is drawn from weights that
/// fall off on both sides of ten thousand yuan (many hundreds to tens of thousands, few
/// millions, rare hundreds of millions), the leading digit follows Benford's law, and two to
/// four significant digits are printed. The whole draw is integer arithmetic, and the stored
/// value is what ``YuanAmount`` reads from the printed text, so the two always agree.
struct SyntheticAmount {
    /// The printed amount, e.g. `38.12万元`.
    let text: String
    /// The exact value in yuan with two decimals, e.g. `381200.00`.
    let decimal: YuanAmount

    /// Weights per thousand of 10², 10³ … 10⁹ yuan, for most kinds and for investments.
    static let magnitudeWeights = [160, 280, 300, 170, 65, 20, 5, 0]
    static let investedMagnitudeWeights = [0, 0, 0, 0, 300, 400, 250, 50]
    /// Benford's law for the leading digit 1…9, per thousand.
    static let leadingDigitWeights = [301, 176, 125, 97, 79, 67, 58, 51, 46]

    static func draw(kind: FundKind, _ random: inout SplitMix64) -> SyntheticAmount {
        let magnitude = 2 + random.weighted(kind == .invested ? investedMagnitudeWeights : magnitudeWeights)
        let significant = random.int(in: 2...min(4, magnitude + 3))
        var mantissa = 1 + random.weighted(leadingDigitWeights)
        for _ in 1..<significant { mantissa = mantissa * 10 + random.int(in: 0...9) }
        // In fen: mantissa × 10^(magnitude + 2 − (significant − 1)).
        var fen = mantissa
        for _ in 0..<(magnitude + 3 - significant) { fen *= 10 }
        var multiplier: YuanAmount.Multiplier = magnitude >= 8 ? .hundredMillion
            : (magnitude >= 4 && random.chance(perMille: 850) ? .tenThousand : .one)
        var number = printed(fen: fen, multiplier: multiplier)
        // Notices write 万 and 亿 amounts with at most two decimals; finer ones are written in 元.
        if let point = number.firstIndex(of: "."), number.distance(from: point, to: number.endIndex) > 3 {
            multiplier = .one
            number = printed(fen: fen, multiplier: .one)
        }
        guard let decimal = YuanAmount(number: number, multiplier: multiplier) else {
            preconditionFailure("a generated amount \(number) does not read back")
        }
        let written = switch multiplier {
        case .one: "元"
        case .tenThousand: "万元"
        case .hundredMillion: "亿元"
        }
        return SyntheticAmount(text: number + written, decimal: decimal)
    }

    /// `fen` in units of the multiplier: whole yuan plainly or with two decimals (`105.70`), 万 and
    /// 亿 without trailing zeros after the point (`38.12`).
    static func printed(fen: Int, multiplier: YuanAmount.Multiplier) -> String {
        var scale = 100
        for _ in 0..<multiplier.rawValue { scale *= 10 }
        let whole = fen / scale
        var fraction = fen % scale
        guard fraction != 0 else { return String(whole) }
        var digits = String(scale).count - 1
        while multiplier != .one && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return String(whole) + "." + String(repeating: "0", count: digits - text.count) + text
    }
}
