/// An exact amount of money in yuan with two decimal places (fen), as `numeric(20, 2)` holds it.
///
/// Notices write amounts as `38.12万元` or `77亿元`; the multiplier is applied by moving the
/// decimal point in the digit string, so no binary floating point ever touches an amount
/// (38.12 × 10 000 is exactly 381 200.00, not 381 199.99999…).
package struct YuanAmount: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Canonical decimal text: no leading zeros, exactly two decimals, e.g. `381200.00`.
    package let decimalText: String

    /// The written multipliers of the genre.
    package enum Multiplier: Int, Sendable {
        case one = 0
        case tenThousand = 4
        case hundredMillion = 8

        /// The multiplier a notice writes before `元`: nothing, `万` or `亿`.
        init?(written: String) {
            switch written {
            case "": self = .one
            case "万": self = .tenThousand
            case "亿": self = .hundredMillion
            default: return nil
            }
        }
    }

    /// Reads `number` (ASCII digits, optional `,` thousands groups, optional decimals) times the
    /// multiplier; nil when it is not such a number, has more than 18 integer digits (the column's
    /// 20 − 2), or has a non-zero digit past the fen.
    package init?(number: String, multiplier: Multiplier) {
        let plain = number.filter { $0 != "," }
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        var integer = String(parts[0])
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard parts.count == 1 || !fraction.isEmpty else { return nil }
        // Moving the point right by the multiplier's exponent.
        let shift = multiplier.rawValue
        fraction += String(repeating: "0", count: max(0, shift - fraction.count))
        integer += fraction.prefix(shift)
        fraction = String(fraction.dropFirst(shift))
        // Fen: two decimals; anything finer must be zeros.
        let extra = fraction.dropFirst(2)
        guard extra.allSatisfy({ $0 == "0" }) else { return nil }
        fraction = String(fraction.prefix(2))
        fraction += String(repeating: "0", count: 2 - fraction.count)
        while integer.count > 1, integer.first == "0" { integer.removeFirst() }
        guard integer.count <= 18 else { return nil }
        decimalText = integer + "." + fraction
    }

    package var description: String { decimalText }

    /// The same amount with thousands separators for people to read, e.g. `381,200.00`.
    package var grouped: String {
        let parts = decimalText.split(separator: ".")
        var digits = Array(parts[0])
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return groups.joined(separator: ",") + "." + parts[1]
    }
}
