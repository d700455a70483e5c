extension Parser {
    /// `Value[Const]` (spec §2.9): a variable (unless constant), number, string, boolean, null,
    /// enum value, list or input object.
    ///
    /// Lists and objects nest on an explicit stack rather than the call stack, as selection sets
    /// do, consuming tokens in the order a recursive parser would.
    mutating func parseValueLiteral(isConst: Bool) throws(SyntaxError) -> Value {
        let outermost = openValues.count
        while true {
            var value: Value
            // Read a value, or open a list or object and read on into its first element.
            let start = token
            switch start.kind {
            case .bracketLeft:
                try enterNesting()
                try advance()
                guard try expectOptional(.bracketRight) else {
                    openValues.push(OpenCompositeValue(start: start, isList: true, firstItem: valueScratch.count, fieldStart: start, fieldName: Name("")))
                    continue
                }
                leaveNesting()
                value = Value(.list([]), location: location(from: start))
            case .braceLeft:
                try enterNesting()
                try advance()
                guard try expectOptional(.braceRight) else {
                    let (fieldStart, fieldName) = try parseObjectFieldHead()
                    openValues.push(OpenCompositeValue(start: start, isList: false, firstItem: objectFieldScratch.count, fieldStart: fieldStart, fieldName: fieldName))
                    continue
                }
                leaveNesting()
                value = Value(.object([]), location: location(from: start))
            default:
                value = try parseScalarValue(isConst: isConst)
            }
            // Hand the value to the innermost open list or object, closing those that end here.
            while openValues.count > outermost {
                if openValues.top.isList {
                    valueScratch.push(value)
                    guard try expectOptional(.bracketRight) else { break }
                    let closed = openValues.pop()
                    leaveNesting()
                    value = Value(.list(valueScratch.popArray(from: closed.firstItem)), location: location(from: closed.start))
                } else {
                    let field = ObjectField(name: openValues.top.fieldName, value: value, location: location(from: openValues.top.fieldStart))
                    objectFieldScratch.push(field)
                    guard try expectOptional(.braceRight) else {
                        (openValues.top.fieldStart, openValues.top.fieldName) = try parseObjectFieldHead()
                        break
                    }
                    let closed = openValues.pop()
                    leaveNesting()
                    value = Value(.object(objectFieldScratch.popArray(from: closed.firstItem)), location: location(from: closed.start))
                }
            }
            if openValues.count == outermost { return value }
        }
    }

    /// `Name :` of `ObjectField[Const] : Name : Value[?Const]`; the value follows.
    private mutating func parseObjectFieldHead() throws(SyntaxError) -> (start: Token, name: Name) {
        let start = token
        let name = try parseName()
        try expect(.colon)
        return (start, name)
    }

    /// Every value but lists and objects.
    @inline(never)
    private mutating func parseScalarValue(isConst: Bool) throws(SyntaxError) -> Value {
        let start = token
        switch start.kind {
        case .int:
            try advance()
            return Value(.int(text(of: start)), location: location(from: start))
        case .float:
            try advance()
            return Value(.float(text(of: start)), location: location(from: start))
        case .string, .blockString:
            let string = try parseStringLiteral()
            return Value(.string(string.value, isBlock: string.isBlock), location: string.location)
        case .name:
            try advance()
            let kind: Value.Kind =
                if isKeyword(start, "true") { .boolean(true) }
                else if isKeyword(start, "false") { .boolean(false) }
                else if isKeyword(start, "null") { .null }
                else { .enumValue(text(of: start)) }
            return Value(kind, location: location(from: start))
        case .dollar:
            guard isConst else { return Value(.variable(try parseVariable()), location: location(from: start)) }
            try advance()
            if token.kind == .name {
                throw SyntaxError(.variableInConstantValue(text(of: token)), at: start.start)
            }
            throw unexpected(start)
        default:
            throw unexpected()
        }
    }

    /// A string or block string literal, as a value or a description (spec §2.9.4, §3.2).
    mutating func parseStringLiteral() throws(SyntaxError) -> StringValue {
        let start = token
        let value = lexer.stringValue
        try advance()
        return StringValue(value, isBlock: start.kind == .blockString, location: location(from: start))
    }

    /// `Type : NamedType | ListType | NonNullType` (spec §2.11); each list is one nesting level.
    ///
    /// The opening brackets are counted first and the wrappers applied inside out, so nesting
    /// needs no recursion.
    mutating func parseTypeReference() throws(SyntaxError) -> TypeReference {
        var listStarts: [Token] = []
        while peek(.bracketLeft) {
            try enterNesting()
            listStarts.append(token)
            try advance()
        }
        let coreStart = token
        var type = TypeReference.named(try parseNamedType())
        if try expectOptional(.bang) {
            type = .nonNull(type, location: location(from: coreStart))
        }
        for start in listStarts.reversed() {
            try expect(.bracketRight)
            leaveNesting()
            type = .list(type, location: location(from: start))
            if try expectOptional(.bang) {
                type = .nonNull(type, location: location(from: start))
            }
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

/// A list or input object value whose opening bracket has been read and whose closing one has not.
struct OpenCompositeValue {
    /// The `[` or `{` token.
    var start: Token
    var isList: Bool
    /// Where the items begin on the parser's value or object-field stack.
    var firstItem: Int
    /// The start and name of the object field whose value is being read.
    var fieldStart: Token
    var fieldName: Name
}
