/// Variable values after coercion (spec §6.1.2 `CoerceVariableValues`): a variable that was not
/// provided and has no default is absent, which is different from one provided as null.
public struct CoercedVariables: Sendable, Hashable {
    public private(set) var values: [String: CoercedValue]

    public init(_ values: [String: CoercedValue] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> CoercedValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Whether the variable has a value (possibly null).
    public func contains(_ name: String) -> Bool { values[name] != nil }
}

extension Array where Element == CoercedField {
    /// The value of the field or argument called `name`, if present.
    public subscript(name: String) -> CoercedValue? {
        first { $0.name == name }?.value
    }
}
