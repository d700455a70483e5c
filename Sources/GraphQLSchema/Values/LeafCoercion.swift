import GraphQLLanguage

/// Input coercion of enum values (spec §3.9 "Input Coercion"), with graphql-js's messages.
extension GraphQLEnumType {
    func coerceLiteral(_ literal: Value) -> Result<CoercedValue, ScalarCoercionError> {
        guard case .enumValue(let name) = literal.kind else {
            let text = Printer.print(literal)
            return .failure(ScalarCoercionError(
                "Enum \"\(self.name)\" cannot represent non-enum value: \(text)." + suggestion(for: text)))
        }
        guard values[name] != nil else {
            return .failure(ScalarCoercionError(
                "Value \"\(name)\" does not exist in \"\(self.name)\" enum." + suggestion(for: name)))
        }
        return .success(.enumValue(name))
    }

    func coerceVariable(_ json: JSONValue) -> Result<CoercedValue, ScalarCoercionError> {
        guard case .string(let name) = json else {
            let text = Inspect.inspect(json)
            return .failure(ScalarCoercionError(
                "Enum \"\(self.name)\" cannot represent non-string value: \(text)." + suggestion(for: text)))
        }
        guard values[name] != nil else {
            return .failure(ScalarCoercionError(
                "Value \"\(name)\" does not exist in \"\(self.name)\" enum." + suggestion(for: name)))
        }
        return .success(.enumValue(name))
    }

    private func suggestion(for text: String) -> String {
        Suggestions.didYouMean(Suggestions.list(text, values.names), subMessage: "the enum value")
    }
}

extension GraphQLNamedType {
    /// Coerces a literal (no variables) for a scalar or enum type; nil for other kinds.
    func coerceLeafLiteral(_ literal: Value) -> Result<CoercedValue, ScalarCoercionError>? {
        switch self {
        case .scalar(let scalar): scalar.coercion.literal(literal)
        case .enumeration(let enumeration): enumeration.coerceLiteral(literal)
        default: nil
        }
    }

    /// Coerces a JSON value for a scalar or enum type; nil for other kinds.
    func coerceLeafVariable(_ json: JSONValue) -> Result<CoercedValue, ScalarCoercionError>? {
        switch self {
        case .scalar(let scalar): scalar.coercion.variable(json)
        case .enumeration(let enumeration): enumeration.coerceVariable(json)
        default: nil
        }
    }
}
