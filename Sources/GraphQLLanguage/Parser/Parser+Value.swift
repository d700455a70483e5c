extension Parser {
    /// `Value[Const]` (spec §2.9): a variable (unless constant), number, string, boolean, null,
    /// enum value, list or input object.
    mutating func parseValueLiteral(isConst: Bool) throws(SyntaxError) -> Value {
        let start = token
        switch start.kind {
        case .bracketLeft:
            let values = try nested { parser throws(SyntaxError) in
                try parser.any(.bracketLeft, .bracketRight) { parser throws(SyntaxError) in
                    try parser.parseValueLiteral(isConst: isConst)
                }
            }
            return Value(.list(values), location: location(from: start))
        case .braceLeft:
            let fields = try nested { parser throws(SyntaxError) in
                try parser.any(.braceLeft, .braceRight) { parser throws(SyntaxError) in
                    try parser.parseObjectField(isConst: isConst)
                }
            }
            return Value(.object(fields), location: location(from: start))
        case .int:
            try advance()
            return Value(.int(lexer.text(of: start)), location: location(from: start))
        case .float:
            try advance()
            return Value(.float(lexer.text(of: start)), location: location(from: start))
        case .string, .blockString:
            let string = try parseStringLiteral()
            return Value(.string(string.value, isBlock: string.isBlock), location: string.location)
        case .name:
            try advance()
            let kind: Value.Kind =
                if lexer.token(start, is: "true") { .boolean(true) }
                else if lexer.token(start, is: "false") { .boolean(false) }
                else if lexer.token(start, is: "null") { .null }
                else { .enumValue(lexer.text(of: start)) }
            return Value(kind, location: location(from: start))
        case .dollar:
            guard isConst else { return Value(.variable(try parseVariable()), location: location(from: start)) }
            try advance()
            if token.kind == .name {
                throw SyntaxError(.variableInConstantValue(lexer.text(of: token)), at: start.start)
            }
            throw unexpected(start)
        default:
            throw unexpected()
        }
    }

    /// `ObjectField[Const] : Name : Value[?Const]`.
    private mutating func parseObjectField(isConst: Bool) throws(SyntaxError) -> ObjectField {
        let start = token
        let name = try parseName()
        try expect(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return ObjectField(name: name, value: value, location: location(from: start))
    }

    /// A string or block string literal, as a value or a description (spec §2.9.4, §3.2).
    mutating func parseStringLiteral() throws(SyntaxError) -> StringValue {
        let start = token
        let value = lexer.stringValue
        try advance()
        return StringValue(value, isBlock: start.kind == .blockString, location: location(from: start))
    }

    /// `Type : NamedType | ListType | NonNullType` (spec §2.11); list types nest one level deeper.
    mutating func parseTypeReference() throws(SyntaxError) -> TypeReference {
        let start = token
        var type: TypeReference
        if try expectOptional(.bracketLeft) {
            let inner = try nested { parser throws(SyntaxError) in try parser.parseTypeReference() }
            try expect(.bracketRight)
            type = .list(inner, location: location(from: start))
        } else {
            type = .named(try parseNamedType())
        }
        if try expectOptional(.bang) {
            return .nonNull(type, location: location(from: start))
        }
        return type
    }

    /// `NamedType : Name`.
    mutating func parseNamedType() throws(SyntaxError) -> NamedType {
        let start = token
        let name = try parseName()
        return NamedType(name: name, location: location(from: start))
    }
}
