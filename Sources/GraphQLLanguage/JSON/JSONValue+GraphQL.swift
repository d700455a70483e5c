extension JSONValue {
    /// The JSON form of a constant GraphQL value literal, or nil if it contains a variable.
    ///
    /// Int and Float literals become numbers with the same text (GraphQL's number grammar is
    /// JSON's), enum values become strings, as a response would serialise them.
    public init?(_ value: Value) {
        switch value.kind {
        case .variable: return nil
        case .int(let text), .float(let text): self = .number(text)
        case .string(let string, _), .enumValue(let string): self = .string(string)
        case .boolean(let bool): self = .bool(bool)
        case .null: self = .null
        case .list(let values):
            var elements: [JSONValue] = []
            elements.reserveCapacity(values.count)
            for element in values {
                guard let json = JSONValue(element) else { return nil }
                elements.append(json)
            }
            self = .array(elements)
        case .object(let fields):
            var members: [JSONMember] = []
            members.reserveCapacity(fields.count)
            for field in fields {
                guard let json = JSONValue(field.value) else { return nil }
                members.append(JSONMember(field.name.value, json))
            }
            self = .object(members)
        }
    }
}
