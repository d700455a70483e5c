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

    /// `Description? keyword` of a type definition, or `extend keyword` of a type extension
    /// (spec §3.4.3), which has no description. Each type production takes `extending`, because
    /// an extension repeats its definition's grammar but must add at least one part: without
    /// one, graphql-js reports the token after the name as unexpected.
    mutating func parseTypeDefinitionHead(_ keyword: StaticString, extending: Bool) throws(SyntaxError) -> StringValue? {
        if extending {
            try expectKeyword("extend")
            try expectKeyword(keyword)
            return nil
        }
        let description = try parseDescription()
        try expectKeyword(keyword)
        return description
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
    mutating func parseScalarTypeDefinition(extending: Bool = false) throws(SyntaxError) -> ScalarTypeDefinition {
        let start = token
        let description = try parseTypeDefinitionHead("scalar", extending: extending)
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        if extending && directives.isEmpty { throw unexpected() }
        return ScalarTypeDefinition(description: description, name: name, directives: directives, location: location(from: start))
    }

    /// `ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]?
    /// FieldsDefinition?` (spec §3.6).
    mutating func parseObjectTypeDefinition(extending: Bool = false) throws(SyntaxError) -> ObjectTypeDefinition {
        let parts = try parseTypeWithFields(keyword: "type", extending: extending)
        return ObjectTypeDefinition(
            description: parts.description,
            name: parts.name,
            interfaces: parts.interfaces,
            directives: parts.directives,
            fields: parts.fields,
            location: parts.location
        )
    }

    /// `InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces?
    /// Directives[Const]? FieldsDefinition?` (spec §3.7): an object type's grammar.
    mutating func parseInterfaceTypeDefinition(extending: Bool = false) throws(SyntaxError) -> InterfaceTypeDefinition {
        let parts = try parseTypeWithFields(keyword: "interface", extending: extending)
        return InterfaceTypeDefinition(
            description: parts.description,
            name: parts.name,
            interfaces: parts.interfaces,
            directives: parts.directives,
            fields: parts.fields,
            location: parts.location
        )
    }

    /// The parts objects and interfaces share, for their definitions and (with `extend` first
    /// and no description) their extensions.
    private mutating func parseTypeWithFields(keyword: StaticString, extending: Bool) throws(SyntaxError) -> TypeWithFields {
        let start = token
        let description = try parseTypeDefinitionHead(keyword, extending: extending)
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if extending && interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected() }
        return TypeWithFields(
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
    mutating func parseUnionTypeDefinition(extending: Bool = false) throws(SyntaxError) -> UnionTypeDefinition {
        let start = token
        let description = try parseTypeDefinitionHead("union", extending: extending)
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        if extending && directives.isEmpty && types.isEmpty { throw unexpected() }
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
    mutating func parseEnumTypeDefinition(extending: Bool = false) throws(SyntaxError) -> EnumTypeDefinition {
        let start = token
        let description = try parseTypeDefinitionHead("enum", extending: extending)
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        if extending && directives.isEmpty && values.isEmpty { throw unexpected() }
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
    mutating func parseInputObjectTypeDefinition(extending: Bool = false) throws(SyntaxError) -> InputObjectTypeDefinition {
        let start = token
        let description = try parseTypeDefinitionHead("input", extending: extending)
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        if extending && directives.isEmpty && fields.isEmpty { throw unexpected() }
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

/// What an object or interface type definition or extension holds.
struct TypeWithFields {
    var description: StringValue?
    var name: Name
    var interfaces: [NamedType]
    var directives: [Directive]
    var fields: [FieldDefinition]
    var location: Location
}
