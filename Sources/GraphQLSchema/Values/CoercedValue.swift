/// An input value after coercion to its expected type (spec §3.5, §3.9–§3.11): what arguments
/// and variables hold once validated, and what the SQL compiler binds.
///
/// Numbers that a custom scalar wants exactly (a `Decimal` such as `381200.00`) stay text in
/// ``custom(_:)`` and are never rounded through `Double`.
public enum CoercedValue: Sendable, Hashable {
    case null
    /// A 32-bit `Int` (spec §3.5.1), widened to Swift's `Int`.
    case int(Int)
    case float(Double)
    case string(String)
    case boolean(Bool)
    /// The name of an enum value.
    case enumValue(String)
    case list([CoercedValue])
    /// Input object fields in the order the input type defines them.
    case object([CoercedField])
    /// A custom scalar's value as canonical text (e.g. `2020-05-01`, `381200.00`).
    case custom(String)

    /// The value of field `name`, if this is an object that has one.
    public subscript(name: String) -> CoercedValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.value
    }
}

/// One field of a coerced input object.
public struct CoercedField: Sendable, Hashable {
    public var name: String
    public var value: CoercedValue

    public init(_ name: String, _ value: CoercedValue) {
        self.name = name
        self.value = value
    }
}
