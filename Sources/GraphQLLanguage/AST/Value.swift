/// An input value literal (spec §2.9), with its location.
///
/// Int and Float literals keep their source text: coercion decides later whether `1e3` or a
/// 40-digit integer is acceptable for the expected type, as graphql-js does.
public struct Value: Sendable, Hashable {
    public var kind: Kind
    public var location: Location

    public init(_ kind: Kind, location: Location = .synthesized) {
        self.kind = kind
        self.location = location
    }

    public enum Kind: Sendable, Hashable {
        case variable(Variable)
        case int(String)
        case float(String)
        /// The string's value after escapes (and, for block strings, indentation) are processed.
        case string(String, isBlock: Bool)
        case boolean(Bool)
        case null
        case enumValue(String)
        case list([Value])
        case object([ObjectField])
    }

    /// Whether the literal contains no variable anywhere inside it (`ConstValue` in the grammar).
    public var isConstant: Bool {
        switch kind {
        case .variable: false
        case .list(let values): values.allSatisfy(\.isConstant)
        case .object(let fields): fields.allSatisfy(\.value.isConstant)
        case .int, .float, .string, .boolean, .null, .enumValue: true
        }
    }
}

/// `name: value` inside an input object literal.
public struct ObjectField: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var location: Location

    public init(name: Name, value: Value, location: Location = .synthesized) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// A string literal used as a description in the type-system language (spec §3.2).
public struct StringValue: Sendable, Hashable {
    public var value: String
    public var isBlock: Bool
    public var location: Location

    public init(_ value: String, isBlock: Bool = false, location: Location = .synthesized) {
        self.value = value
        self.isBlock = isBlock
        self.location = location
    }
}
