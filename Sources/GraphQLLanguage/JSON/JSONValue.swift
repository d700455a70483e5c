/// A JSON value as it arrives in a GraphQL request (variables, extensions) or leaves in a response.
///
/// Numbers keep their literal text so that a `Decimal` variable such as `"381200.00"` or a 40-digit
/// integer is never rounded through `Double`; coercion decides what a number may become. Objects
/// keep their members in order, because GraphQL responses are ordered maps.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written, e.g. `-12`, `3.50`, `1e3`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The value of the first member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
