package import Foundation

/// An instant with PostgreSQL's microsecond precision, the value of `timestamptz`.
///
/// Stored as microseconds since 1970-01-01 00:00 UTC, exactly as the server keeps it, so a value
/// read and written back is unchanged; ``date`` converts to Foundation. Decoding understands the
/// offset PostgreSQL prints in any session time zone (`+08`, `-03:30`, `+00:53:28`).
package struct PostgresTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Microseconds since 1970-01-01 00:00:00 UTC.
    package let microsecondsSince1970: Int64

    package init(microsecondsSince1970: Int64) {
        self.microsecondsSince1970 = microsecondsSince1970
    }

    /// The instant of a `Date`, rounded to the nearest microsecond.
    package init(_ date: Date) {
        microsecondsSince1970 = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// A wall-clock time at a UTC offset (seconds east of Greenwich), `nil` for impossible times.
    package init?(date: PostgresDate, hour: Int, minute: Int, second: Int, microsecond: Int = 0, utcOffsetSeconds: Int = 0) {
        // 24:00:00 is valid input in PostgreSQL and means the next midnight.
        guard (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              (0..<1_000_000).contains(microsecond) else { return nil }
        let seconds = date.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second - utcOffsetSeconds
        let (micros, overflow) = Int64(seconds).multipliedReportingOverflow(by: 1_000_000)
        guard !overflow else { return nil }
        microsecondsSince1970 = micros + Int64(microsecond)
    }

    /// The instant as a Foundation `Date` (sub-microsecond rounding of `Double` applies).
    package var date: Date { Date(timeIntervalSince1970: Double(microsecondsSince1970) / 1_000_000) }

    package static func < (lhs: PostgresTimestamp, rhs: PostgresTimestamp) -> Bool {
        lhs.microsecondsSince1970 < rhs.microsecondsSince1970
    }

    /// PostgreSQL's ISO form in UTC, `2020-05-01 04:00:00.123456+00`, accepted by `timestamptz` input.
    package var description: String {
        let (days, microsOfDay) = microsecondsSince1970.quotientAndRemainder(dividingBy: 86_400_000_000)
        let adjustedDays = microsOfDay < 0 ? days - 1 : days
        let micros = microsOfDay < 0 ? microsOfDay + 86_400_000_000 : microsOfDay
        let day = PostgresDate(daysSince1970: Int(adjustedDays))
        let seconds = Int(micros / 1_000_000), fraction = Int(micros % 1_000_000)
        var time = "\(zeroPadded(seconds / 3600, width: 2)):\(zeroPadded(seconds / 60 % 60, width: 2)):\(zeroPadded(seconds % 60, width: 2))"
        if fraction != 0 { time += "." + zeroPadded(fraction, width: 6) }
        let printedYear = day.year > 0 ? day.year : 1 - day.year
        let text = "\(zeroPadded(printedYear, width: 4))-\(zeroPadded(day.month, width: 2))-\(zeroPadded(day.day, width: 2)) \(time)+00"
        return day.year > 0 ? text : text + " BC"
    }

    /// Parses `YYYY-MM-DD HH:MM:SS[.ffffff][±HH[:MM[:SS]]][ BC]` (ISO `DateStyle`); a missing offset
    /// means UTC, which is how `timestamp without time zone` is read.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> PostgresTimestamp? {
        var scanner = TextScanner(bytes)
        guard var date = PostgresDate.parse(&scanner), scanner.take(UInt8(ascii: " ")),
              let hour = scanner.digits(minimum: 2, maximum: 2), scanner.take(UInt8(ascii: ":")),
              let minute = scanner.digits(minimum: 2, maximum: 2), scanner.take(UInt8(ascii: ":")),
              let second = scanner.digits(minimum: 2, maximum: 2),
              let microsecond = scanner.microseconds() else { return nil }
        var offset = 0
        let sign = scanner.take(UInt8(ascii: "+")) ? 1 : scanner.take(UInt8(ascii: "-")) ? -1 : 0
        if sign != 0 {
            guard let hours = scanner.digits(minimum: 2, maximum: 2) else { return nil }
            offset = hours * 3600
            if scanner.take(UInt8(ascii: ":")) {
                guard let minutes = scanner.digits(minimum: 2, maximum: 2) else { return nil }
                offset += minutes * 60
                if scanner.take(UInt8(ascii: ":")) {
                    guard let seconds = scanner.digits(minimum: 2, maximum: 2) else { return nil }
                    offset += seconds
                }
            }
            offset *= sign
        }
        if scanner.take(" BC") {
            guard let bc = date.beforeChrist() else { return nil }
            date = bc
        }
        guard scanner.isAtEnd else { return nil }
        return PostgresTimestamp(date: date, hour: hour, minute: minute, second: second,
                                 microsecond: microsecond, utcOffsetSeconds: offset)
    }
}

extension PostgresTimestamp: PostgresEncodable, PostgresDecodable {
    package var postgresBind: PostgresBind { .timestamptz(self) }
    package static var postgresNullType: PostgresDataType { .timestamptz }

    /// Reads `timestamptz` (any session time zone) and `timestamp` (taken as UTC) columns.
    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> PostgresTimestamp {
        guard type == .timestamptz || type == .timestamp else { throw .typeMismatch }
        guard let value = parse(bytes) else { throw .malformed }
        return value
    }
}

extension Date: PostgresEncodable, PostgresDecodable {
    /// The instant to the microsecond, sent as `timestamptz`.
    package var postgresBind: PostgresBind { .timestamptz(PostgresTimestamp(self)) }
    package static var postgresNullType: PostgresDataType { .timestamptz }

    package static func decode(postgresText bytes: UnsafeRawBufferPointer, type: PostgresDataType) throws(PostgresDecodingError.Reason) -> Date {
        try PostgresTimestamp.decode(postgresText: bytes, type: type).date
    }
}
