import Foundation
import Testing
@testable import PostgresClient

/// The value types' own rules, checked without a database.
@Suite struct ValueTests {
    @Test func impossibleDatesAreRejected() {
        #expect(PostgresDate(year: 2021, month: 2, day: 29) == nil)
        #expect(PostgresDate(year: 2020, month: 13, day: 1) == nil)
        #expect(PostgresDate(year: 1900, month: 2, day: 29) == nil)
        #expect(PostgresDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func calendarDayNumbersRoundTripOverTenThousandYears() {
        var previous: PostgresDate?
        for days in stride(from: -3_000_000, through: 3_000_000, by: 997) {
            let date = PostgresDate(daysSince1970: days)
            #expect(date.daysSince1970 == days)
            #expect(PostgresDate(year: date.year, month: date.month, day: date.day) == date)
            if let previous { #expect(previous < date) }
            previous = date
        }
        #expect(PostgresDate(daysSince1970: 0).description == "1970-01-01")
        #expect(PostgresDate(daysSince1970: 18_383).description == "2020-05-01")
        #expect(PostgresDate(year: 0, month: 1, day: 1)!.description == "0001-01-01 BC")
    }

    @Test(arguments: [
        ("2020-05-01 12:34:56.789012+08", Int64(1_588_307_696_789_012)),
        ("2020-05-01 04:34:56.789012+00", 1_588_307_696_789_012),
        ("2020-05-01 01:04:56.789012-03:30", 1_588_307_696_789_012),
        ("1969-12-31 23:59:59.5+00", -500_000),
        ("1900-01-01 00:00:00+00:53:28", -2_208_992_008_000_000),
        ("2020-05-01 04:34:56", 1_588_307_696_000_000),
        ("2020-05-01 04:34:56.1+00", 1_588_307_696_100_000),
    ])
    func timestampTextIsParsedWithItsOffset(text: String, micros: Int64) throws {
        let parsed = Array(text.utf8).withUnsafeBytes { PostgresTimestamp.parse($0) }
        #expect(parsed?.microsecondsSince1970 == micros)
    }

    @Test(arguments: ["", "2020-05-01", "2020-05-01 25:00:00+00", "2020-02-30 00:00:00+00", "2020-05-01 04:34:56+", "infinity",
                      "2020-05-01 04:34:56.+00", "2020-05-01 04:34:56+00 AD"])
    func malformedTimestampTextIsRejected(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBytes { PostgresTimestamp.parse($0) } == nil)
    }

    @Test func timestampPrintsTheISOFormPostgreSQLReads() {
        #expect(PostgresTimestamp(microsecondsSince1970: 0).description == "1970-01-01 00:00:00+00")
        #expect(PostgresTimestamp(microsecondsSince1970: -1).description == "1969-12-31 23:59:59.999999+00")
        #expect(PostgresTimestamp(microsecondsSince1970: 1_588_307_696_000_100).description == "2020-05-01 04:34:56.000100+00")
        let date = Date(timeIntervalSince1970: 1_588_307_696.25)
        #expect(PostgresTimestamp(date).date == date)
    }

    @Test(arguments: ["0", "-0.5", "381200.00", "12345678901234567890.123456789", "NaN", "Infinity", "-Infinity"])
    func numericAcceptsDecimalText(_ text: String) {
        #expect(PostgresNumeric(text)?.text == text)
    }

    @Test(arguments: ["", "-", ".5", "5.", "1e5", "1,000", " 1", "+1", "0x10", "1.2.3", "nan"])
    func numericRejectsAnythingElse(_ text: String) {
        #expect(PostgresNumeric(text) == nil)
    }

    @Test func numericConvertsToDecimalOnlyWhenExact() throws {
        #expect(("381200.00" as PostgresNumeric).decimal == Decimal(string: "381200"))
        #expect(("-0.000001" as PostgresNumeric).decimal == Decimal(string: "-0.000001"))
        #expect(PostgresNumeric(String(repeating: "9", count: 39))?.decimal == nil)
        #expect(("NaN" as PostgresNumeric).decimal == nil)
        #expect(PostgresNumeric(Decimal(string: "12.50")!).text == "12.5")
        #expect(PostgresNumeric(-42).text == "-42")
    }

    @Test func literalsBuildTypedBinds() {
        let parameters: PostgresParameters = ["text", 42, true, nil]
        #expect(parameters.map(\.type) == [.unspecified, .int8, .bool, .unspecified])
        #expect(parameters.map(\.text) == ["text", "42", "true", nil])
        #expect((nil as Int?).postgresBind == PostgresBind(text: nil, type: .int8))
        #expect(Int16(7).postgresBind.type == .int2)
        #expect(Double.infinity.postgresBind.text == "Infinity")
    }

    @Test func sqlStateClassesAndNames() {
        #expect(SQLState.uniqueViolation.rawValue == "23505")
        #expect(SQLState.checkViolation.class == SQLState.integrityConstraintViolation.class)
        #expect(SQLState(rawValue: "42601") == .syntaxError)
    }

    @Test func statementNamesAreStableShortAndDistinct() {
        let statement = PostgresStatement("select 1")
        #expect(statement.name == PostgresStatement("select 1").name)
        #expect(statement.name.utf8.count <= 63)
        #expect(statement.name != PostgresStatement("select 1", parameterTypes: [.int4]).name)
        #expect(statement.name != PostgresStatement("select 2").name)
    }

    @Test func urlFormOfScriptsPgIsParsed() throws {
        let configuration = try PostgresConfiguration(url: "postgresql://rectify@/rectify?host=/tmp/sockets&port=5555")
        #expect(configuration.host == "/tmp/sockets")
        #expect(configuration.port == "5555")
        #expect(configuration.database == "rectify")
        #expect(configuration.user == "rectify")
        #expect(configuration.description == "rectify@/tmp/sockets:5555/rectify")
    }

    @Test func passwordNeverAppearsInTheConfigurationsText() throws {
        let configuration = try PostgresConfiguration(url: "postgres://app:hunter2@db.example:6432/rectify")
        #expect(configuration.settings["password"] == "hunter2")
        #expect(!configuration.description.contains("hunter2"))
        #expect(!String(reflecting: configuration).contains("hunter2"))
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        #expect(dumped.contains("db.example"))
    }

    @Test(arguments: ["postgresql://user:pa%zzss@host/db", "host=x password='pa%zz"])
    func malformedURLIsAConfigurationErrorWithoutThePassword(_ text: String) {
        do {
            _ = try PostgresConfiguration(url: text)
            Issue.record("malformed connection text was accepted")
        } catch {
            guard case .invalidConfiguration(let reason) = error else { Issue.record("unexpected \(error)"); return }
            #expect(!reason.isEmpty)
            #expect(!reason.contains("pa%zz"))
        }
    }

    @Test func durationsBecomeDispatchIntervals() {
        #expect(Duration.milliseconds(1500).dispatchInterval == .nanoseconds(1_500_000_000))
        #expect(Duration.milliseconds(1500).seconds == 1.5)
    }
}
