extension Parser {
    /// `Document : Definition+` (spec §2.2).
    mutating func parseDocument() throws(SyntaxError) -> Document {
        let definitions = try many(.startOfFile, .endOfFile) { parser throws(SyntaxError) in try parser.parseDefinition() }
        return Document(
            definitions: definitions,
            location: Location(start: 0, end: lastTokenEnd, line: 1, column: 1)
        )
    }

    /// `Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension` (spec §2.2).
    ///
    /// Type-system definitions may start with a description, so the keyword is looked for one
    /// token ahead when a string comes first.
    mutating func parseDefinition() throws(SyntaxError) -> Definition {
        if peek(.braceLeft) { return .operation(try parseOperationDefinition()) }
        let hasDescription = peek(.string) || peek(.blockString)
        let (keyword, keywordString) = hasDescription ? try lookahead() : (token, nil)
        if keyword.kind == .name {
            if let definition = try parseTypeSystemDefinition(keyword: keyword) {
                return .typeSystem(definition)
            }
            if hasDescription {
                throw SyntaxError(.descriptionOnNonTypeDefinition, at: token.start)
            }
            if isKeyword(keyword, "query") || isKeyword(keyword, "mutation")
                || isKeyword(keyword, "subscription")
            {
                return .operation(try parseOperationDefinition())
            }
            if isKeyword(keyword, "fragment") { return .fragment(try parseFragmentDefinition()) }
            if isKeyword(keyword, "extend") { return .typeSystemExtension(try parseTypeSystemExtension()) }
        }
        throw SyntaxError(.unexpected(describe(keyword, stringValue: keywordString)), at: keyword.start)
    }

    /// The token after the current one, read without consuming anything, with its string value.
    mutating func lookahead() throws(SyntaxError) -> (Token, String?) {
        guard token.kind != .endOfFile else { return (token, nil) }
        var copy = lexer
        let next = try copy.next()
        return (next, copy.stringValue)
    }

    /// `OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet |
    /// SelectionSet` (spec §2.3).
    mutating func parseOperationDefinition() throws(SyntaxError) -> OperationDefinition {
        let start = token
        if peek(.braceLeft) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(operation: .query, selectionSet: selectionSet, location: location(from: start))
        }
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variables = try optionalMany(.parenLeft, .parenRight) { parser throws(SyntaxError) in
            try parser.parseVariableDefinition()
        }
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            operation: operation,
            name: name,
            variableDefinitions: variables,
            directives: directives,
            selectionSet: selectionSet,
            location: location(from: start)
        )
    }

    /// `OperationType : one of query mutation subscription`.
    mutating func parseOperationType() throws(SyntaxError) -> OperationType {
        let operationToken = try expect(.name)
        if isKeyword(operationToken, "query") { return .query }
        if isKeyword(operationToken, "mutation") { return .mutation }
        if isKeyword(operationToken, "subscription") { return .subscription }
        throw unexpected(operationToken)
    }

    /// `VariableDefinition : Variable : Type DefaultValue? Directives[Const]?` (spec §2.10).
    mutating func parseVariableDefinition() throws(SyntaxError) -> VariableDefinition {
        let start = token
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            variable: variable,
            type: type,
            defaultValue: defaultValue,
            directives: directives,
            location: location(from: start)
        )
    }

    /// `Variable : $ Name`.
    mutating func parseVariable() throws(SyntaxError) -> Variable {
        let start = token
        try expect(.dollar)
        let name = try parseName()
        return Variable(name: name, location: location(from: start))
    }

    /// `Arguments[Const] : ( Argument[?Const]+ )` (spec §2.6).
    mutating func parseArguments(isConst: Bool) throws(SyntaxError) -> [Argument] {
        guard try expectOptional(.parenLeft) else { return [] }
        let first = argumentScratch.count
        repeat {
            let start = token
            let name = try parseName()
            try expect(.colon)
            let value = try parseValueLiteral(isConst: isConst)
            argumentScratch.push(Argument(name: name, value: value, location: location(from: start)))
        } while try !expectOptional(.parenRight)
        return argumentScratch.popArray(from: first)
    }

    /// `FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet`.
    ///
    /// Fragment variables are not part of the October 2021 specification: `fragment F($a: Int)`
    /// fails at `(` with `Expected "on"`, as graphql-js does by default.
    mutating func parseFragmentDefinition() throws(SyntaxError) -> FragmentDefinition {
        let start = token
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            name: name,
            typeCondition: typeCondition,
            directives: directives,
            selectionSet: selectionSet,
            location: location(from: start)
        )
    }

    /// `FragmentName : Name but not on`.
    mutating func parseFragmentName() throws(SyntaxError) -> Name {
        if isKeyword(token, "on") { throw unexpected() }
        return try parseName()
    }

    /// `Directives[Const] : Directive[?Const]+` (spec §2.12), possibly none.
    mutating func parseDirectives(isConst: Bool) throws(SyntaxError) -> [Directive] {
        guard peek(.at) else { return [] }
        let first = directiveScratch.count
        while peek(.at) {
            let start = token
            try advance()
            let name = try parseName()
            let arguments = try parseArguments(isConst: isConst)
            directiveScratch.push(Directive(name: name, arguments: arguments, location: location(from: start)))
        }
        return directiveScratch.popArray(from: first)
    }
}
