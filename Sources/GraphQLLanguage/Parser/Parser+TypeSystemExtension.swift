extension Parser {
    /// `TypeSystemExtension : SchemaExtension | TypeExtension` (spec §3.1, §3.3.2, §3.4.3).
    ///
    /// An extension must add something: `extend type A` alone fails at the token after it with
    /// `Unexpected …`, as in graphql-js.
    mutating func parseTypeSystemExtension() throws(SyntaxError) -> TypeSystemExtension {
        let (keyword, keywordString) = try lookahead()
        if keyword.kind == .name {
            if isKeyword(keyword, "schema") { return .schema(try parseSchemaExtension()) }
            if isKeyword(keyword, "scalar") { return .type(.scalar(try parseScalarTypeExtension())) }
            if isKeyword(keyword, "type") { return .type(.object(try parseObjectTypeExtension(keyword: "type"))) }
            if isKeyword(keyword, "interface") {
                let object = try parseObjectTypeExtension(keyword: "interface")
                return .type(.interface(InterfaceTypeDefinition(
                    name: object.name,
                    interfaces: object.interfaces,
                    directives: object.directives,
                    fields: object.fields,
                    location: object.location
                )))
            }
            if isKeyword(keyword, "union") { return .type(.union(try parseUnionTypeExtension())) }
            if isKeyword(keyword, "enum") { return .type(.enumeration(try parseEnumTypeExtension())) }
            if isKeyword(keyword, "input") { return .type(.inputObject(try parseInputObjectTypeExtension())) }
        }
        throw SyntaxError(.unexpected(describe(keyword, stringValue: keywordString)), at: keyword.start)
    }

    /// `extend schema Directives[Const]? { RootOperationTypeDefinition+ }`, at least one part.
    private mutating func parseSchemaExtension() throws(SyntaxError) -> SchemaDefinition {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in
            try parser.parseOperationTypeDefinition()
        }
        if directives.isEmpty && operationTypes.isEmpty { throw unexpected() }
        return SchemaDefinition(directives: directives, operationTypes: operationTypes, location: location(from: start))
    }

    /// `extend scalar Name Directives[Const]`.
    private mutating func parseScalarTypeExtension() throws(SyntaxError) -> ScalarTypeDefinition {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        if directives.isEmpty { throw unexpected() }
        return ScalarTypeDefinition(name: name, directives: directives, location: location(from: start))
    }

    /// `extend type|interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?`,
    /// at least one part; objects and interfaces extend alike.
    private mutating func parseObjectTypeExtension(keyword: StaticString) throws(SyntaxError) -> ObjectTypeDefinition {
        let start = token
        try expectKeyword("extend")
        try expectKeyword(keyword)
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected() }
        return ObjectTypeDefinition(
            name: name,
            interfaces: interfaces,
            directives: directives,
            fields: fields,
            location: location(from: start)
        )
    }

    /// `extend union Name Directives[Const]? UnionMemberTypes?`, at least one part.
    private mutating func parseUnionTypeExtension() throws(SyntaxError) -> UnionTypeDefinition {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        if directives.isEmpty && types.isEmpty { throw unexpected() }
        return UnionTypeDefinition(name: name, directives: directives, types: types, location: location(from: start))
    }

    /// `extend enum Name Directives[Const]? EnumValuesDefinition?`, at least one part.
    private mutating func parseEnumTypeExtension() throws(SyntaxError) -> EnumTypeDefinition {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        if directives.isEmpty && values.isEmpty { throw unexpected() }
        return EnumTypeDefinition(name: name, directives: directives, values: values, location: location(from: start))
    }

    /// `extend input Name Directives[Const]? InputFieldsDefinition?`, at least one part.
    private mutating func parseInputObjectTypeExtension() throws(SyntaxError) -> InputObjectTypeDefinition {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        if directives.isEmpty && fields.isEmpty { throw unexpected() }
        return InputObjectTypeDefinition(name: name, directives: directives, fields: fields, location: location(from: start))
    }
}
