import GraphQLLanguage
import GraphQLSchema

/// `Decimal`: an exact decimal number, from a string (`"381200.00"`) or a number literal
/// (`381200.00`), with an optional sign and at most ``maximumDigits`` digits.
///
/// The digits are kept as written and never pass through `Double`, so `0.1` stays `0.1` and a
/// 20-digit amount is exact. Exponent notation (`1e3`) is refused rather than expanded: an
/// exponent can ask for a million zeros, and an amount written that way is more likely a
/// client's float formatting than a deliberate value. Leading zeros are dropped and `-0` is `0`;
/// trailing fraction zeros are kept (`381200.00` keeps its scale, as PostgreSQL's `numeric` does).
enum DecimalScalar {
    /// The most digits a value may have, before and after the point together (38, as SQL
    /// systems commonly cap `DECIMAL` precision; `numeric(20,2)` amounts need 20).
    static let maximumDigits = 38

    static let coercion = ScalarCoercion(
        literal: { literal in
            switch literal.kind {
            case .string(let text, _), .int(let text), .float(let text):
                return coerce(text, shown: Printer.print(literal))
            default:
                return .failure(ScalarCoercionError("Decimal cannot represent non-numeric value: \(Printer.print(literal)); write a number or a string such as \"381200.00\"."))
            }
        },
        variable: { json in
            switch json {
            case .string(let text), .number(let text):
                return coerce(text, shown: ScalarText.describe(json))
            default:
                return .failure(ScalarCoercionError("Decimal cannot represent non-numeric value: \(ScalarText.describe(json)); write a number or a string such as \"381200.00\"."))
            }
        }
    )

    static func coerce(_ text: String, shown: String) -> Result<CoercedValue, ScalarCoercionError> {
        switch canonical(text) {
        case .success(let value): .success(.custom(value))
        case .failure(let problem): .failure(ScalarCoercionError("Decimal cannot represent \(shown): \(problem.reason)."))
        }
    }

    struct Problem: Error {
        var reason: String
    }

    /// The canonical text of a decimal, or why `text` is not one.
    static func canonical(_ text: String) -> Result<String, Problem> {
        let bytes = Array(text.utf8)
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let integerStart = index
        while index < bytes.count, ScalarText.isDigit(bytes[index]) { index += 1 }
        let integer = bytes[integerStart..<index]
        var fraction: ArraySlice<UInt8> = []
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            let fractionStart = index + 1
            index = fractionStart
            while index < bytes.count, ScalarText.isDigit(bytes[index]) { index += 1 }
            fraction = bytes[fractionStart..<index]
            if fraction.isEmpty { return .failure(Problem(reason: "a decimal point must be followed by digits")) }
        }
        if integer.isEmpty { return .failure(Problem(reason: "expected digits, e.g. \"381200.00\" or \"-12.5\"")) }
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                return .failure(Problem(reason: "exponent notation is not accepted; write the digits out, e.g. \"1500\" for 1.5e3"))
            }
            return .failure(Problem(reason: "expected digits, e.g. \"381200.00\" or \"-12.5\""))
        }
        let significant = integer.drop { $0 == UInt8(ascii: "0") }
        if significant.count + fraction.count > maximumDigits {
            return .failure(Problem(reason: "at most \(maximumDigits) digits are allowed"))
        }
        let isZero = significant.isEmpty && fraction.allSatisfy { $0 == UInt8(ascii: "0") }
        var output: [UInt8] = negative && !isZero ? [UInt8(ascii: "-")] : []
        output.append(contentsOf: significant.isEmpty ? [UInt8(ascii: "0")] : Array(significant))
        if !fraction.isEmpty {
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: fraction)
        }
        return .success(String(decoding: output, as: UTF8.self))
    }
}
