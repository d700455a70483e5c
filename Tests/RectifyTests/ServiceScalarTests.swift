import GraphQLLanguage
import GraphQLSchema
@testable import Rectify
import Testing

/// The coercions of `Date`, `DateTime` and `Decimal`, without a server: what they accept, the
/// canonical text they hand on, and the reason they give for what they refuse.
@Suite struct ServiceScalarTests {
    static func variable(_ scalar: String, _ json: JSONValue) -> Result<CoercedValue, ScalarCoercionError> {
        RectifyScalars.coercions[scalar]!.variable(json)
    }

    static func literal(_ scalar: String, _ source: String) throws -> Result<CoercedValue, ScalarCoercionError> {
        RectifyScalars.coercions[scalar]!.literal(try Parser.parseConstValue(source))
    }

    @Test(arguments: [
        ("2020-11-18", "2020-11-18"), ("2020-02-29", "2020-02-29"), ("2000-02-29", "2000-02-29"), ("0001-01-01", "0001-01-01"),
        ("9999-12-31", "9999-12-31"),
    ])
    func acceptsCalendarDates(text: String, canonical: String) {
        #expect(Self.variable("Date", .string(text)) == .success(.custom(canonical)))
    }

    @Test(arguments: [
        ("2021-02-29", "month 2 of 2021 has no day 29"), ("1900-02-29", "month 2 of 1900 has no day 29"),
        ("2020-04-31", "month 4 of 2020 has no day 31"), ("2020-13-01", "there is no month 13"), ("2020-00-10", "there is no month 0"),
        ("0000-01-01", "the year must be between 0001 and 9999"), ("2020-1-01", "expected a date written YYYY-MM-DD"),
        ("2020-01-01T00:00:00Z", "expected a date written YYYY-MM-DD"), ("20200101", "expected a date written YYYY-MM-DD"),
        ("", "expected a date written YYYY-MM-DD"), ("２０２０-01-01", "expected a date written YYYY-MM-DD"),
    ])
    func refusesOtherDates(text: String, reason: String) {
        guard case .failure(let error) = Self.variable("Date", .string(text)) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(error.message?.contains(reason) == true, "\(error.message ?? "")")
    }

    @Test func refusesNonStringDates() throws {
        guard case .failure(let error) = try Self.literal("Date", "20200101") else { Issue.record("accepted"); return }
        #expect(error.message == #"Date cannot represent non-string value: 20200101; write it as "YYYY-MM-DD"."#)
        guard case .failure(let variable) = Self.variable("Date", .number("1")) else { Issue.record("accepted"); return }
        #expect(variable.message?.hasPrefix("Date cannot represent non-string value: 1") == true)
    }

    @Test(arguments: [
        ("2020-12-11T08:55:00+08:00", "2020-12-11T08:55:00+08:00"), ("2020-12-11t00:55:00z", "2020-12-11T00:55:00Z"),
        ("2020-12-11T00:55:00.250Z", "2020-12-11T00:55:00.250Z"), ("2016-12-31T23:59:60Z", "2016-12-31T23:59:60Z"),
        ("2020-12-11T08:55:00-05:30", "2020-12-11T08:55:00-05:30"),
    ])
    func acceptsRFC3339DateTimes(text: String, canonical: String) {
        #expect(Self.variable("DateTime", .string(text)) == .success(.custom(canonical)))
    }

    @Test(arguments: [
        ("2020-12-11T08:55:00", "the UTC offset is missing"), ("2020-12-11 08:55:00Z", "expected a date-time"),
        ("2020-12-11T24:00:00Z", "there is no hour 24"), ("2020-12-11T08:60:00Z", "there is no minute 60"),
        ("2020-02-30T08:00:00Z", "month 2 of 2020 has no day 30"), ("2020-12-11T08:55:00+8:00", "the UTC offset must be Z or ±HH:MM"),
        ("2020-12-11T08:55:00.Z", "a decimal point must be followed by digits"),
        ("2020-12-11T08:55:00.1234567890Z", "at most 9 digits"), ("2020-12-11T08:55:00+24:00", "HH at most 23"),
    ])
    func refusesOtherDateTimes(text: String, reason: String) {
        guard case .failure(let error) = Self.variable("DateTime", .string(text)) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(error.message?.contains(reason) == true, "\(error.message ?? "")")
    }

    @Test(arguments: [
        ("381200.00", "381200.00"), ("-12.5", "-12.5"), ("+7", "7"), ("007.50", "7.50"), ("0.1", "0.1"), ("-0.00", "0.00"), ("0", "0"),
        ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
    ])
    func keepsDecimalsExact(text: String, canonical: String) throws {
        #expect(Self.variable("Decimal", .string(text)) == .success(.custom(canonical)))
        #expect(Self.variable("Decimal", .number(text.hasPrefix("+") ? String(text.dropFirst()) : text)) == .success(.custom(canonical)))
    }

    @Test func acceptsDecimalLiteralsOfEveryNumericForm() throws {
        #expect(try Self.literal("Decimal", "381200.00") == .success(.custom("381200.00")))
        #expect(try Self.literal("Decimal", "42") == .success(.custom("42")))
        #expect(try Self.literal("Decimal", #""-0.5""#) == .success(.custom("-0.5")))
    }

    @Test(arguments: [
        ("1e3", "exponent notation is not accepted"), ("1.5E-2", "exponent notation is not accepted"), (".5", "expected digits"),
        ("5.", "a decimal point must be followed by digits"), ("1,000", "expected digits"), ("", "expected digits"),
        (" 1", "expected digits"), ("NaN", "expected digits"), ("123456789012345678901234567890123456789", "at most 38 digits"),
        ("0.000000000000000000000000000000000000001", "at most 38 digits"),
    ])
    func refusesOtherDecimals(text: String, reason: String) {
        guard case .failure(let error) = Self.variable("Decimal", .string(text)) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(error.message?.contains(reason) == true, "\(error.message ?? "")")
    }

    @Test func refusesNonNumericDecimals() throws {
        guard case .failure(let error) = try Self.literal("Decimal", "true") else { Issue.record("accepted"); return }
        #expect(error.message?.hasPrefix("Decimal cannot represent non-numeric value: true") == true)
    }

    @Test func leadingZerosDoNotCountAsDigits() {
        let text = String(repeating: "0", count: 50) + "1.5"
        #expect(Self.variable("Decimal", .string(text)) == .success(.custom("1.5")))
    }
}
