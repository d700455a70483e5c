import GraphQLLanguage
public import GraphQLSchema

/// The coercions of the custom scalars `schema.graphql` declares, registered when the server
/// builds its schema so that a bad value is refused where it is written.
///
/// A literal in the document fails validation (`ValuesOfCorrectTypeRule`, spec §5.6.1) and a
/// variable fails `CoerceVariableValues` (spec §6.1.2), each with the scalar's own message; a value
/// that passes is handed to the compiler as canonical text (``CoercedValue/custom(_:)``), which is
/// what PostgreSQL then parses, so PostgreSQL never sees a value the scalar did not accept.
public enum RectifyScalars {
    /// Scalar name → coercion, for `buildSchema(_:scalars:)`.
    public static let coercions: [String: ScalarCoercion] = [
        "Date": DateScalar.coercion,
        "DateTime": DateTimeScalar.coercion,
        "Decimal": DecimalScalar.coercion,
    ]
}

extension ScalarCoercion {
    /// A scalar written as a string in literals and variables alike, `coerce` checking the text;
    /// anything else is refused with an example of the form expected.
    static func fromString(_ name: String, example: String, _ coerce: @escaping @Sendable (String) -> Result<CoercedValue, ScalarCoercionError>) -> ScalarCoercion {
        ScalarCoercion(
            literal: { literal in
                guard case .string(let text, _) = literal.kind else {
                    return .failure(ScalarCoercionError("\(name) cannot represent non-string value: \(Printer.print(literal)); write it as \"\(example)\"."))
                }
                return coerce(text)
            },
            variable: { json in
                guard case .string(let text) = json else {
                    return .failure(ScalarCoercionError("\(name) cannot represent non-string value: \(ScalarText.describe(json)); write it as \"\(example)\"."))
                }
                return coerce(text)
            }
        )
    }
}

/// What the three scalars share: reading ASCII digits and describing values in messages.
enum ScalarText {
    /// The value of `count` ASCII digits at `start`, or nil when one is not a digit.
    static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + count] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// A value as a message quotes it: strings in quotes, other JSON as written.
    static func describe(_ json: JSONValue) -> String {
        json.jsonText
    }

    /// Whether `year-month-day` is a day of the proleptic Gregorian calendar, years 1–9999.
    static func isCalendarDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
