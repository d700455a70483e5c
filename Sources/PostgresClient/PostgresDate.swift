/// A calendar date without time zone, PostgreSQL's `date`.
///
/// Kept as year, month and day because a date is not an instant: converting it to a `Date` would
/// invent a midnight in some zone. Years before 1 are astronomical (`0` is 1 BC), matching
/// PostgreSQL's `BC` suffix (https://www.postgresql.org/docs/15/datatype-datetime.html).
package struct PostgresDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// A valid Gregorian date, `nil` for days such as February 30.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` after 1970-01-01.
    package init(daysSince1970 days: Int) {
        (year, month, day) = CivilCalendar.date(days: days)
    }

    /// Days from 1970-01-01 to this date.
    package var daysSince1970: Int { CivilCalendar.days(year: year, month: month, day: day) }

    package static func < (lhs: PostgresDate, rhs: PostgresDate) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

    /// PostgreSQL's ISO input and output form, `2020-05-01` (`0044-03-15 BC` before year 1).
    package var description: String {
        let printedYear = year > 0 ? year : 1 - year
        let text = "\(zeroPadded(printedYear, width: 4))-\(zeroPadded(month, width: 2))-\(zeroPadded(day, width: 2))"
        return year > 0 ? text : text + " BC"
    }

    /// Parses `YYYY-MM-DD[ BC]` as PostgreSQL prints it with `DateStyle = ISO`.
    static func parse(_ scanner: inout TextScanner) -> PostgresDate? {
        guard let year = scanner.digits(minimum: 4, maximum: 9), scanner.take(UInt8(ascii: "-")),
              let month = scanner.digits(minimum: 2, maximum: 2), scanner.take(UInt8(ascii: "-")),
              let day = scanner.digits(minimum: 2, maximum: 2) else { return nil }
        return PostgresDate(year: year, month: month, day: day)
    }

    /// The same date in the astronomical year of a `BC` year number.
    func beforeChrist() -> PostgresDate? {
        PostgresDate(year: 1 - year, month: month, day: day)
    }
}

extension PostgresDate: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { .date(self) }
    package static var postgresNullType: PostgresDataType { .date }

    /// Reads `date` columns printed with `DateStyle = ISO`.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> PostgresDate {
        guard type == .date else { throw .typeMismatch }
        var scanner = TextScanner(bytes)
        guard var date = parse(&scanner) else { throw .malformed }
        if scanner.take(" BC") {
            guard let bc = date.beforeChrist() else { throw .malformed }
            date = bc
        }
        guard scanner.isAtEnd else { throw .malformed }
        return date
    }
}
