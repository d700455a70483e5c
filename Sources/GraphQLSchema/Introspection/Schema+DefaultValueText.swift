import GraphQLLanguage

extension Schema {
    /// The text introspection reports as an input value's `defaultValue` (spec §4.2.4), exactly as
    /// graphql-js derives it: the default is coerced to the input type (input object fields gain
    /// their own defaults, `1` given to a list becomes `[1]`) and printed back, numbers in
    /// JavaScript's form (`1.50` → `1.5`, `1e3` → `1000`). Nil when there is no valid default.
    public func defaultValueText(of inputValue: GraphQLInputValue) -> String? {
        guard let literal = inputValue.defaultValue,
              let coerced = coerceLiteral(literal, to: inputValue.type),
              let value = literalValue(coerced, type: inputValue.type)
        else { return nil }
        return Printer.print(value)
    }

    /// graphql-js `astFromValue`: a coerced value as the literal that denotes it.
    private func literalValue(_ value: CoercedValue, type: GraphQLType) -> Value? {
        switch type {
        case .nonNull(let inner):
            guard let literal = literalValue(value, type: inner) else { return nil }
            if case .null = literal.kind { return nil }
            return literal
        case .list(let itemType):
            if value == .null { return Value(.null) }
            guard case .list(let items) = value else { return literalValue(value, type: itemType) }
            return Value(.list(items.compactMap { literalValue($0, type: itemType) }))
        case .named(let name):
            if value == .null { return Value(.null) }
            switch self.type(named: name) {
            case .inputObject(let object)?:
                guard case .object(let fields) = value else { return nil }
                let literals = object.fields.compactMap { field -> ObjectField? in
                    guard let fieldValue = fields[field.name], let literal = literalValue(fieldValue, type: field.type) else { return nil }
                    return ObjectField(name: Name(field.name), value: literal)
                }
                return Value(.object(literals))
            case .enumeration?:
                guard case .enumValue(let enumValue) = value else { return nil }
                return Value(.enumValue(enumValue))
            case .scalar?:
                return scalarLiteral(value, isID: name == "ID")
            default:
                return nil
            }
        }
    }

    private func scalarLiteral(_ value: CoercedValue, isID: Bool) -> Value? {
        switch value {
        case .boolean(let flag): return Value(.boolean(flag))
        case .int(let number): return Value(.int(String(number)))
        case .float(let number):
            guard number.isFinite else { return nil }
            let text = Inspect.javaScriptNumber(number)
            return Value(isIntegerText(text) ? .int(text) : .float(text))
        case .string(let text), .custom(let text):
            return Value(isID && isIntegerText(text) ? .int(text) : .string(text, isBlock: false))
        case .enumValue(let name): return Value(.enumValue(name))
        case .null: return Value(.null)
        case .list, .object: return nil
        }
    }

    /// graphql-js's `/^-?(?:0|[1-9][0-9]*)$/`.
    private func isIntegerText(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber else { return false }
        if first == "0" { return digits.count == 1 }
        return digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
