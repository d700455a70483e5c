@testable import Rectify
import Testing

/// Exact yuan amounts from the genre's written forms; no floating point anywhere.
@Suite struct YuanAmountTests {
    @Test(arguments: [
        ("38.12", YuanAmount.Multiplier.tenThousand, "381200.00"),
        ("77", .hundredMillion, "7700000000.00"),
        ("1.23456789", .hundredMillion, "123456789.00"),
        ("0.5", .one, "0.50"),
        ("007", .one, "7.00"),
        ("12,345.6", .one, "12345.60"),
        ("3.1", .tenThousand, "31000.00"),
        ("0.0001", .tenThousand, "1.00"),
    ])
    func readsExactly(number: String, multiplier: YuanAmount.Multiplier, expected: String) {
        #expect(YuanAmount(number: number, multiplier: multiplier)?.decimalText == expected)
    }

    @Test(arguments: ["1.001", "", ".5", "5.", "1.2.3", "1234567890123456789", "12a"])
    func refusesWhatCannotBeHeldExactly(number: String) {
        #expect(YuanAmount(number: number, multiplier: .one) == nil)
    }

    @Test func groupsThousandsForPeople() {
        #expect(YuanAmount(number: "77", multiplier: .hundredMillion)?.grouped == "7,700,000,000.00")
        #expect(YuanAmount(number: "38.12", multiplier: .tenThousand)?.grouped == "381,200.00")
        #expect(YuanAmount(number: "5", multiplier: .one)?.grouped == "5.00")
    }
}
