/// An SQL expression a mapping spells out by hand, such as `extract(year from \(.row).report_date)`.
///
/// Templates are written by developers in the mapping, never taken from a request (like
/// postgres-nio's `unsafeSQL:`); the only hole in them is the row placeholder, which the compiler
/// fills with the alias of the row the expression is evaluated on.
public struct SQLTemplate: Sendable, Hashable, ExpressibleByStringInterpolation {
    enum Part: Sendable, Hashable {
        case text(String)
        case row
    }

    /// The only thing a template may interpolate: the alias of the row it is evaluated on.
    public enum Placeholder: Sendable {
        case row
    }

    var parts: [Part]

    public init(stringLiteral value: String) {
        parts = [.text(value)]
    }

    public init(stringInterpolation: StringInterpolation) {
        parts = stringInterpolation.parts
    }

    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.text(literal)) }
        }

        public mutating func appendInterpolation(_ placeholder: Placeholder) {
            parts.append(.row)
        }
    }
}
