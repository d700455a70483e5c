/// The moment a notice was published, as printed under its title (`2020-12-11 08:55:00`).
///
/// Notices of this genre print local time without a zone; they are published by bodies in
/// mainland China, which keeps China Standard Time (UTC+8, no daylight saving since 1991), so the
/// parser reads the printed time at that offset. PostgreSQL receives ISO 8601 text with the
/// offset for its `timestamptz` column.
package struct NoticeTimestamp: Hashable, Sendable, Codable, CustomStringConvertible {
    package let date: CivilDate
    package let hour: Int
    package let minute: Int
    package let second: Int
    /// Offset from UTC in minutes; +480 for China Standard Time.
    package let utcOffsetMinutes: Int

    package static let chinaStandardTimeOffset = 8 * 60

    package init?(date: CivilDate, hour: Int, minute: Int, second: Int, utcOffsetMinutes: Int = chinaStandardTimeOffset) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// ISO 8601 with offset, e.g. `2020-12-11T08:55:00+08:00`.
    package var description: String {
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        let offset = abs(utcOffsetMinutes)
        return "\(date)T\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2)):\(CivilDate.pad(second, 2))"
            + "\(sign)\(CivilDate.pad(offset / 60, 2)):\(CivilDate.pad(offset % 60, 2))"
    }
}
