public import GraphQLLanguage

/// How a scalar turns input into a ``CoercedValue``: one function for literals written in a
/// document, one for JSON variable values (spec §3.5 "Input Coercion").
///
/// Custom scalars (Rectify's `Date`, `Decimal`, …) supply their own pair; validation
/// (`ValuesOfCorrectType`) and variable coercion report the ``ScalarCoercionError`` message they
/// return, so a bad `Date` literal is rejected with the scalar's own explanation.
public struct ScalarCoercion: Sendable {
    /// Coerces a literal; never called with a variable.
    public var literal: @Sendable (Value) -> Result<CoercedValue, ScalarCoercionError>
    /// Coerces a variable's JSON value.
    public var variable: @Sendable (JSONValue) -> Result<CoercedValue, ScalarCoercionError>

    public init(
        literal: @escaping @Sendable (Value) -> Result<CoercedValue, ScalarCoercionError>,
        variable: @escaping @Sendable (JSONValue) -> Result<CoercedValue, ScalarCoercionError>
    ) {
        self.literal = literal
        self.variable = variable
    }

    /// Accepts any value unchanged in shape, as graphql-js does for a scalar declared in SDL with no
    /// coercion of its own; numbers are kept as exact text.
    public static let passthrough = ScalarCoercion(
        literal: { .success(untypedValue(of: $0)) },
        variable: { .success(untypedValue(of: $0)) }
    )

    private static func untypedValue(of literal: Value) -> CoercedValue {
        switch literal.kind {
        case .variable, .null: .null
        case .int(let text), .float(let text): .custom(text)
        case .string(let text, _): .string(text)
        case .boolean(let flag): .boolean(flag)
        case .enumValue(let name): .enumValue(name)
        case .list(let items): .list(items.map(untypedValue(of:)))
        case .object(let fields): .object(fields.map { CoercedField($0.name.value, untypedValue(of: $0.value)) })
        }
    }

    private static func untypedValue(of json: JSONValue) -> CoercedValue {
        switch json {
        case .null: .null
        case .bool(let flag): .boolean(flag)
        case .number(let text): .custom(text)
        case .string(let text): .string(text)
        case .array(let items): .list(items.map(untypedValue(of:)))
        case .object(let members): .object(members.map { CoercedField($0.key, untypedValue(of: $0.value)) })
        }
    }
}

/// Why a scalar rejected a value.
///
/// With a message, the message is reported as it stands (graphql-js reports a scalar's own
/// `GraphQLError` unchanged); without one, the generic "Expected value of type …" is reported.
public struct ScalarCoercionError: Error, Sendable, Hashable {
    public var message: String?

    public init(_ message: String? = nil) {
        self.message = message
    }
}
