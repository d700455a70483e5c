extension Parser {
    /// A type-system definition when `keyword` names one (spec §3), else nil.
    ///
    /// `TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition`; each may
    /// begin with a description, which is why the keyword may be the token after the current one.
    mutating func parseTypeSystemDefinition(keyword: Token) throws(SyntaxError) -> TypeSystemDefinition? {
        if isKeyword(keyword, "schema") { return .schema(try parseSchemaDefinition()) }
        if isKeyword(keyword, "scalar") { return .type(.scalar(try parseScalarTypeDefinition())) }
        if isKeyword(keyword, "type") { return .type(.object(try parseObjectTypeDefinition())) }
        if isKeyword(keyword, "interface") { return .type(.interface(try parseInterfaceTypeDefinition())) }
        if isKeyword(keyword, "union") { return .type(.union(try parseUnionTypeDefinition())) }
        if isKeyword(keyword, "enum") { return .type(.enumeration(try parseEnumTypeDefinition())) }
        if isKeyword(keyword, "input") { return .type(.inputObject(try parseInputObjectTypeDefinition())) }
        if isKeyword(keyword, "directive") { return .directive(try parseDirectiveDefinition()) }
        return nil
    }

    /// `Description : StringValue` (spec §3.2), when present.
    mutating func parseDescription() throws(SyntaxError) -> StringValue? {
        peek(.string) || peek(.blockString) ? try parseStringLiteral() : nil
    }

    /// `SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }`.
    mutating func parseSchemaDefinition() throws(SyntaxError) -> SchemaDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try many(.braceLeft, .braceRight) { parser throws(SyntaxError) in
            try parser.parseOperationTypeDefinition()
        }
        return SchemaDefinition(
            description: description,
            directives: directives,
            operationTypes: operationTypes,
            location: location(from: start)
        )
    }

    /// `RootOperationTypeDefinition : OperationType : NamedType` (spec §3.3.1).
    mutating func parseOperationTypeDefinition() throws(SyntaxError) -> OperationTypeDefinition {
        let start = token
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinition(operation: operation, type: type, location: location(from: start))
    }

    /// `ScalarTypeDefinition : Description? scalar Name Directives[Const]?` (spec §3.5).
    mutating func parseScalarTypeDefinition() throws(SyntaxError) -> ScalarTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinition(description: description, name: name, directives: directives, location: location(from: start))
    }

    /// `ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]?
    /// FieldsDefinition?` (spec §3.6).
    mutating func parseObjectTypeDefinition() throws(SyntaxError) -> ObjectTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinition(
            description: description,
            name: name,
            interfaces: interfaces,
            directives: directives,
            fields: fields,
            location: location(from: start)
        )
    }

    /// `InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces?
    /// Directives[Const]? FieldsDefinition?` (spec §3.7).
    mutating func parseInterfaceTypeDefinition() throws(SyntaxError) -> InterfaceTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return InterfaceTypeDefinition(
            description: description,
            name: name,
            interfaces: interfaces,
            directives: directives,
            fields: fields,
            location: location(from: start)
        )
    }

    /// `ImplementsInterfaces : implements &? NamedType (& NamedType)*`.
    mutating func parseImplementsInterfaces() throws(SyntaxError) -> [NamedType] {
        guard try expectOptionalKeyword("implements") else { return [] }
        return try delimitedMany(.ampersand) { parser throws(SyntaxError) in try parser.parseNamedType() }
    }

    /// `FieldsDefinition : { FieldDefinition+ }`, possibly absent.
    mutating func parseFieldsDefinition() throws(SyntaxError) -> [FieldDefinition] {
        try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in try parser.parseFieldDefinition() }
    }

    /// `FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?`.
    mutating func parseFieldDefinition() throws(SyntaxError) -> FieldDefinition {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinition(
            description: description,
            name: name,
            arguments: arguments,
            type: type,
            directives: directives,
            location: location(from: start)
        )
    }

    /// `ArgumentsDefinition : ( InputValueDefinition+ )`, possibly absent (spec §3.6.1).
    mutating func parseArgumentDefinitions() throws(SyntaxError) -> [InputValueDefinition] {
        try optionalMany(.parenLeft, .parenRight) { parser throws(SyntaxError) in try parser.parseInputValueDefinition() }
    }

    /// `InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?`.
    mutating func parseInputValueDefinition() throws(SyntaxError) -> InputValueDefinition {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinition(
            description: description,
            name: name,
            type: type,
            defaultValue: defaultValue,
            directives: directives,
            location: location(from: start)
        )
    }

    /// `UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?`
    /// (spec §3.8).
    mutating func parseUnionTypeDefinition() throws(SyntaxError) -> UnionTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinition(
            description: description,
            name: name,
            directives: directives,
            types: types,
            location: location(from: start)
        )
    }

    /// `UnionMemberTypes : = |? NamedType (| NamedType)*`, possibly absent.
    mutating func parseUnionMemberTypes() throws(SyntaxError) -> [NamedType] {
        guard try expectOptional(.equals) else { return [] }
        return try delimitedMany(.pipe) { parser throws(SyntaxError) in try parser.parseNamedType() }
    }

    /// `EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?`
    /// (spec §3.9).
    mutating func parseEnumTypeDefinition() throws(SyntaxError) -> EnumTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinition(
            description: description,
            name: name,
            directives: directives,
            values: values,
            location: location(from: start)
        )
    }

    /// `EnumValuesDefinition : { EnumValueDefinition+ }`, possibly absent.
    mutating func parseEnumValuesDefinition() throws(SyntaxError) -> [EnumValueDefinition] {
        try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in
            let start = parser.token
            let description = try parser.parseDescription()
            let name = try parser.parseEnumValueName()
            let directives = try parser.parseDirectives(isConst: true)
            return EnumValueDefinition(
                description: description,
                name: name,
                directives: directives,
                location: parser.location(from: start)
            )
        }
    }

    /// `EnumValue : Name but not true, false or null`.
    private mutating func parseEnumValueName() throws(SyntaxError) -> Name {
        if isKeyword(token, "true") || isKeyword(token, "false") || isKeyword(token, "null") {
            throw SyntaxError(.reservedEnumValue(describe(token)), at: token.start)
        }
        return try parseName()
    }

    /// `InputObjectTypeDefinition : Description? input Name Directives[Const]?
    /// InputFieldsDefinition?` (spec §3.10).
    mutating func parseInputObjectTypeDefinition() throws(SyntaxError) -> InputObjectTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinition(
            description: description,
            name: name,
            directives: directives,
            fields: fields,
            location: location(from: start)
        )
    }

    /// `InputFieldsDefinition : { InputValueDefinition+ }`, possibly absent.
    mutating func parseInputFieldsDefinition() throws(SyntaxError) -> [InputValueDefinition] {
        try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in try parser.parseInputValueDefinition() }
    }

    /// `DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable?
    /// on DirectiveLocations` (spec §3.13).
    mutating func parseDirectiveDefinition() throws(SyntaxError) -> DirectiveDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try delimitedMany(.pipe) { parser throws(SyntaxError) in
            let start = parser.token
            let name = try parser.parseName()
            guard DirectiveLocation(rawValue: name.value) != nil else { throw parser.unexpected(start) }
            return name
        }
        return DirectiveDefinition(
            description: description,
            name: name,
            arguments: arguments,
            isRepeatable: isRepeatable,
            locations: locations,
            location: location(from: start)
        )
    }
}
