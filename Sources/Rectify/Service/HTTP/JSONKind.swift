import GraphQLLanguage

/// A JSON value's kind, as messages name it.
enum JSONKind: String, Equatable, CustomStringConvertible {
    case object, array, string, number, boolean, null

    init(_ value: JSONValue) {
        switch value {
        case .object: self = .object
        case .array: self = .array
        case .string: self = .string
        case .number: self = .number
        case .bool: self = .boolean
        case .null: self = .null
        }
    }

    /// "an object", "a number".
    var description: String {
        switch self {
        case .object, .array: "an \(rawValue)"
        case .null: "null"
        default: "a \(rawValue)"
        }
    }
}
