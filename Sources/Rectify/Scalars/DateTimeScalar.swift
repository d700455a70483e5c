import GraphQLLanguage
import GraphQLSchema

/// `DateTime`: an instant written as RFC 3339 §5.6 `date-time`, with its UTC offset:
/// `2020-12-11T08:55:00+08:00`, `2020-12-11T00:55:00Z`, `2020-12-11T00:55:00.250Z`.
///
/// The offset is required (a local time without one names no instant). RFC 3339 lets `T` and
/// `Z` be lowercase (§5.6, note on case); the canonical text handed on uses capitals. A second of
/// 60 is accepted for a leap second, as RFC 3339 §5.7 allows and PostgreSQL reads it.
enum DateTimeScalar {
    static let coercion = ScalarCoercion.fromString("DateTime", example: "YYYY-MM-DDTHH:MM:SS+08:00", coerce)

    /// Fraction digits beyond this are refused rather than silently rounded (PostgreSQL keeps
    /// microseconds, RFC 3339 sets no bound).
    static let maximumFractionDigits = 9

    static func coerce(_ text: String) -> Result<CoercedValue, ScalarCoercionError> {
        switch canonical(Array(text.utf8)) {
        case .success(let canonical):
            return .success(.custom(canonical))
        case .failure(let problem):
            return .failure(ScalarCoercionError("DateTime cannot represent \(ScalarText.describe(.string(text))): \(problem.reason)."))
        }
    }

    struct Problem: Error {
        var reason: String
    }

    private static let format = "expected a date-time with its offset, e.g. \"2020-12-11T08:55:00+08:00\" or \"2020-12-11T00:55:00Z\""

    /// The text with `T` and `Z` in capitals, or why it is not a `date-time`.
    static func canonical(_ bytes: [UInt8]) -> Result<String, Problem> {
        guard bytes.count >= 19, bytes.count <= 35 else { return .failure(Problem(reason: format)) }
        if let problem = DateScalar.problem(with: Array(bytes[0..<10])) {
            return .failure(Problem(reason: problem))
        }
        var output = Array(bytes[0..<10])
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = ScalarText.number(bytes, 11, 2), let minute = ScalarText.number(bytes, 14, 2),
              let second = ScalarText.number(bytes, 17, 2)
        else { return .failure(Problem(reason: format)) }
        if hour > 23 { return .failure(Problem(reason: "there is no hour \(hour)")) }
        if minute > 59 { return .failure(Problem(reason: "there is no minute \(minute)")) }
        if second > 60 { return .failure(Problem(reason: "there is no second \(second)")) }
        output.append(UInt8(ascii: "T"))
        output.append(contentsOf: bytes[11..<19])
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, ScalarText.isDigit(bytes[index]) { index += 1 }
            let digits = index - start
            if digits == 0 { return .failure(Problem(reason: "a decimal point must be followed by digits")) }
            if digits > maximumFractionDigits {
                return .failure(Problem(reason: "at most \(maximumFractionDigits) digits of a second are allowed"))
            }
            output.append(contentsOf: bytes[(start - 1)..<index])
        }
        guard index < bytes.count else { return .failure(Problem(reason: "the UTC offset is missing (add Z or +08:00)")) }
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return .failure(Problem(reason: format)) }
            output.append(UInt8(ascii: "Z"))
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                  let offsetHours = ScalarText.number(bytes, index + 1, 2),
                  let offsetMinutes = ScalarText.number(bytes, index + 4, 2)
            else { return .failure(Problem(reason: "the UTC offset must be Z or ±HH:MM")) }
            if offsetHours > 23 || offsetMinutes > 59 {
                return .failure(Problem(reason: "the UTC offset must be Z or ±HH:MM with HH at most 23 and MM at most 59"))
            }
            output.append(contentsOf: bytes[index..<bytes.count])
        default:
            return .failure(Problem(reason: "the UTC offset must be Z or ±HH:MM"))
        }
        return .success(String(decoding: output, as: UTF8.self))
    }
}
