import GraphQLLanguage
import GraphQLSchema

/// `Date`: a calendar date written `YYYY-MM-DD` (RFC 3339 §5.6 `full-date`), a real day of the
/// Gregorian calendar between years 1 and 9999.
///
/// Input only as a string (spec §3.5 leaves custom scalars' input forms to the scalar); a
/// well-formed but impossible day such as `2021-02-29` is refused with the reason, so it never
/// reaches PostgreSQL as a `22008` error.
enum DateScalar {
    static let coercion = ScalarCoercion.fromString("Date", example: "YYYY-MM-DD", coerce)

    static func coerce(_ text: String) -> Result<CoercedValue, ScalarCoercionError> {
        if let problem = problem(with: Array(text.utf8)) {
            return .failure(ScalarCoercionError("Date cannot represent \(ScalarText.describe(.string(text))): \(problem)."))
        }
        return .success(.custom(text))
    }

    /// Why `bytes` is not a `full-date`, or nil when it is one.
    static func problem(with bytes: [UInt8]) -> String? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = ScalarText.number(bytes, 0, 4), let month = ScalarText.number(bytes, 5, 2),
              let day = ScalarText.number(bytes, 8, 2)
        else { return "expected a date written YYYY-MM-DD, e.g. \"2020-11-18\"" }
        return calendarProblem(year: year, month: month, day: day)
    }

    /// Why a year, month and day do not name a day, or nil when they do.
    static func calendarProblem(year: Int, month: Int, day: Int) -> String? {
        if !(1...9999).contains(year) { return "the year must be between 0001 and 9999" }
        if !(1...12).contains(month) { return "there is no month \(month)" }
        if !ScalarText.isCalendarDate(year: year, month: month, day: day) {
            return "month \(month) of \(year) has no day \(day)"
        }
        return nil
    }
}
