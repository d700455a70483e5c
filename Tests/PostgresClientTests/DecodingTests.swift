import Foundation
import Testing
@testable import PostgresClient

/// Every decoded type round-trips through the server: sent as a parameter, printed by PostgreSQL,
/// decoded from its text.
@Suite struct DecodingTests {
    let connection: PostgresConnection

    init() throws { connection = try TestDatabase.connect() }

    @Test(arguments: ["永州市教育局", "", "plain ascii", "tab\tnew\nline", "emoji 🎓 and ünïcödé", String(repeating: "长", count: 10_000)])
    func textRoundTrips(_ text: String) throws {
        let row = try connection.query("select $1::text, length($1::text)", [.text(text)])[0]
        #expect(try row.decode(String.self, at: 0) == text)
        #expect(try row.decode(Int.self, at: 1) == text.count)
    }

    @Test func integersOfEveryWidthRoundTrip() throws {
        let row = try connection.query("select $1::int2, $2::int4, $3::int8, $4::int8",
                                       [Int16.min.postgresBind, Int32.max.postgresBind, Int64.min.postgresBind, .int(0)])[0]
        #expect(try row.decode(Int16.self, at: 0) == Int16.min)
        #expect(try row.decode(Int32.self, at: 1) == Int32.max)
        #expect(try row.decode(Int64.self, at: 2) == Int64.min)
        #expect(try row.decode(Int.self, at: 3) == 0)
        #expect(try row.decode(Int.self, at: 1) == Int(Int32.max))
    }

    @Test func integerThatDoesNotFitIsOutOfRange() throws {
        let row = try connection.query("select 40000::int4")[0]
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int16.self, at: 0) }
        do {
            _ = try row.decode(Int16.self, at: 0)
        } catch {
            #expect(error.reason == .outOfRange)
            #expect(error.postgresType == .int4)
        }
    }

    @Test(arguments: ["381200.00", "12345678901234567890.123456789", "-0.000001", "-98765432109876543210", "0", "NaN",
                      "100000000000000000000000000000000000000000000.5"])
    func numericKeepsItsExactText(_ text: String) throws {
        let numeric = try #require(PostgresNumeric(text))
        let row = try connection.query("select $1::numeric, ($1::numeric)::text", [.numeric(numeric)])[0]
        let decoded = try row.decode(PostgresNumeric.self, at: 0)
        #expect(decoded.text == text)
        #expect(decoded.text == (try row.decode(String.self, at: 1)))
    }

    @Test func numericKeepsScaleAndZeroScale() throws {
        let row = try connection.query("select 381200.00::numeric(12,2), 42::numeric(10,0), 1.50::numeric")[0]
        #expect(try row.decode(PostgresNumeric.self, at: 0).text == "381200.00")
        #expect(try row.decode(PostgresNumeric.self, at: 0).scale == 2)
        #expect(try row.decode(PostgresNumeric.self, at: 1).text == "42")
        #expect(try row.decode(PostgresNumeric.self, at: 1).scale == 0)
        #expect(try row.decode(Decimal.self, at: 2) == Decimal(string: "1.5"))
    }

    @Test func decimalParametersAreSentExactly() throws {
        let value = try #require(Decimal(string: "12345678901234567890.123456789"))
        let row = try connection.query("select $1::numeric = 12345678901234567890.123456789", [value.postgresBind])[0]
        #expect(try row.decode(Bool.self, at: 0))
    }

    @Test func floatsDecodeIncludingInfinityAndNaN() throws {
        let row = try connection.query("select 1.5::float8, 'Infinity'::float8, '-Infinity'::float4, 'NaN'::float8, $1::float8", [(0.1).postgresBind])[0]
        #expect(try row.decode(Double.self, at: 0) == 1.5)
        #expect(try row.decode(Double.self, at: 1) == .infinity)
        #expect(try row.decode(Double.self, at: 2) == -.infinity)
        #expect(try row.decode(Double.self, at: 3).isNaN)
        #expect(try row.decode(Double.self, at: 4) == 0.1)
    }

    @Test func numericRefusesToDecodeAsDouble() throws {
        let row = try connection.query("select 0.1::numeric")[0]
        #expect(throws: PostgresDecodingError.self) { try row.decode(Double.self, at: 0) }
    }

    @Test func booleansRoundTrip() throws {
        let row = try connection.query("select $1::bool, $2::bool, $1 and $2", [true, false])[0]
        #expect(try row.decode(Bool.self, at: 0) == true)
        #expect(try row.decode(Bool.self, at: 1) == false)
        #expect(try row.decode(Bool.self, at: 2) == false)
    }

    @Test(arguments: [(2020, 5, 1), (2000, 2, 29), (1970, 1, 1), (1, 1, 1), (9999, 12, 31), (0, 3, 15)])
    func datesRoundTrip(year: Int, month: Int, day: Int) throws {
        let date = try #require(PostgresDate(year: year, month: month, day: day))
        let row = try connection.query("select $1::date, extract(year from $1::date)::int, $1::date - '1970-01-01'::date", [.date(date)])[0]
        #expect(try row.decode(PostgresDate.self, at: 0) == date)
        // PostgreSQL's extract(year) counts 1 BC as -1; the astronomical year 0 is that year.
        #expect(try row.decode(Int.self, at: 1) == (year > 0 ? year : year - 1))
        #expect(try row.decode(Int.self, at: 2) == date.daysSince1970)
    }

    @Test(arguments: ["UTC", "Asia/Shanghai", "America/St_Johns", "Asia/Kolkata", "Europe/Amsterdam"])
    func timestamptzDecodesInAnySessionTimeZone(zone: String) throws {
        try connection.query("select set_config('TimeZone', $1, false)", [.text(zone)])
        defer { _ = try? connection.query("set TimeZone to 'UTC'") }
        let row = try connection.query("""
            select '2020-05-01 12:34:56.789012+08'::timestamptz,
                   extract(epoch from '2020-05-01 12:34:56.789012+08'::timestamptz)::numeric * 1000000,
                   '1900-01-01 00:00:00+00'::timestamptz
            """)[0]
        let timestamp = try row.decode(PostgresTimestamp.self, at: 0)
        let micros = try row.decode(PostgresNumeric.self, at: 1).text
        #expect(String(timestamp.microsecondsSince1970) == micros.split(separator: ".")[0])
        #expect(timestamp.description == "2020-05-01 04:34:56.789012+00")
        #expect(try row.decode(PostgresTimestamp.self, at: 2).description == "1900-01-01 00:00:00+00")
    }

    @Test func timestamptzParametersRoundTripToTheMicrosecond() throws {
        let timestamp = PostgresTimestamp(microsecondsSince1970: 1_588_307_696_789_012)
        let row = try connection.query("select $1::timestamptz, $1::timestamptz = '2020-05-01 04:34:56.789012Z'", [.timestamptz(timestamp)])[0]
        #expect(try row.decode(PostgresTimestamp.self, at: 0) == timestamp)
        #expect(try row.decode(Bool.self, at: 1))
        let date = Date(timeIntervalSince1970: 1_588_307_696.5)
        #expect(try connection.query("select $1::timestamptz", [date.postgresBind])[0].decode(Date.self, at: 0) == date)
    }

    @Test func timestampsBeforeChristAndBefore1970() throws {
        let row = try connection.query("select '0044-03-15 12:00:00+00 BC'::timestamptz, '1969-12-31 23:59:59.5+00'::timestamptz")[0]
        let ides = try row.decode(PostgresTimestamp.self, at: 0)
        #expect(ides.description == "0044-03-15 12:00:00+00 BC")
        #expect(try row.decode(PostgresTimestamp.self, at: 1).microsecondsSince1970 == -500_000)
        #expect(try connection.query("select $1::timestamptz", [.timestamptz(ides)])[0].decode(PostgresTimestamp.self, at: 0) == ides)
    }

    @Test func jsonAndJSONBComeBackAsTheServerPrintedThem() throws {
        let row = try connection.query("""
            select '{"b": 1, "a": [1, 2]}'::json, '{"b": 1, "a": [1, 2]}'::jsonb,
                   json_build_object('单位', '永州市教育局', 'amount', 381200.00)
            """)[0]
        #expect(try row.decode(PostgresJSON.self, at: 0).text == #"{"b": 1, "a": [1, 2]}"#)
        #expect(try row.decode(PostgresJSON.self, at: 1).text == #"{"a": [1, 2], "b": 1}"#)
        #expect(try row.decode(String.self, at: 2) == #"{"单位" : "永州市教育局", "amount" : 381200.00}"#)
        do {
            _ = try row.decode(PostgresJSON.self, column: "nope")
            Issue.record("a missing column decoded")
        } catch {
            #expect(error.reason == .missingColumn)
        }
    }

    @Test func jsonBytesAreReadInPlace() throws {
        let result = try connection.query("select json_build_object('name', $1::text)", [.text("永州")])
        let expected = Array(#"{"name" : "永州"}"#.utf8)
        let bytes = result[0][0].withUnsafeBytes { Array($0) }
        #expect(bytes == expected)
        let length = result[0][0].withUnsafeBytes { $0.count }
        #expect(length == expected.count)
    }

    @Test func nullDecodesAsNilAndIsAnErrorForNonOptionalTypes() throws {
        let row = try connection.query("select null::text, null::int8, null::numeric, null::date, null::timestamptz, null::jsonb, null::bool")[0]
        #expect(try row.decode(String?.self, at: 0) == nil)
        #expect(try row.decode(Int?.self, at: 1) == nil)
        #expect(try row.decode(PostgresNumeric?.self, at: 2) == nil)
        #expect(try row.decode(PostgresDate?.self, at: 3) == nil)
        #expect(try row.decode(PostgresTimestamp?.self, at: 4) == nil)
        #expect(try row.decode(PostgresJSON?.self, at: 5) == nil)
        #expect(try row.decode(Bool?.self, at: 6) == nil)
        #expect(row[0].isNull)
        #expect(row[0].withUnsafeBytes { $0.count } == nil)
        do {
            _ = try row.decode(Int.self, at: 1)
            Issue.record("NULL decoded as a non-optional Int")
        } catch {
            #expect(error.reason == .unexpectedNull)
            #expect(error.column == 1)
        }
    }

    @Test func nullParametersOfEveryTypeAreSent() throws {
        let row = try connection.query("select $1::text is null, $2::int8 is null, $3::numeric is null, $4 is null",
                                       [nil, (nil as Int?).postgresBind, (nil as PostgresNumeric?).postgresBind, (nil as Bool?).postgresBind])[0]
        for column in 0..<4 { #expect(try row.decode(Bool.self, at: column)) }
    }

    @Test func columnsAreFoundByExactName() throws {
        let row = try connection.query(#"select 1 as id, '永州' as "Name", 2 as name"#)[0]
        #expect(try row.decode(Int.self, column: "id") == 1)
        #expect(try row.decode(String.self, column: "Name") == "永州")
        #expect(try row.decode(Int.self, column: "name") == 2)
        #expect(row[1].columnName == "Name")
        #expect(row[1].dataType == .text)
    }

    @Test func typeMismatchNamesColumnAndTypes() throws {
        let row = try connection.query("select 'x'::text as label")[0]
        do {
            _ = try row.decode(Int.self, column: "label")
            Issue.record("text decoded as Int")
        } catch {
            #expect(error.reason == .typeMismatch)
            #expect(String(reflecting: error).contains("label"))
            #expect(String(reflecting: error).contains("Int"))
            #expect(!String(describing: error).contains("label"))
        }
    }

    @Test func resultReportsCommandTagAndAffectedRows() throws {
        try connection.query("create temp table counted (n int)")
        let insert = try connection.query("insert into counted select generate_series(1, 5)")
        #expect(insert.commandTag == "INSERT 0 5")
        #expect(insert.affectedRows == 5)
        let select = try connection.query("select n from counted order by n")
        #expect(select.count == 5)
        #expect(try select.map { try $0.decode(Int.self, at: 0) } == [1, 2, 3, 4, 5])
    }
}
