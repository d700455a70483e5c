extension Parser {
    /// `TypeSystemExtension : SchemaExtension | TypeExtension` (spec §3.1, §3.3.2, §3.4.3).
    ///
    /// Type extensions share their definitions' productions (see `parseTypeDefinitionHead`). An
    /// extension must add something: `extend type A` alone fails at the token after it with
    /// `Unexpected …`, as in graphql-js.
    mutating func parseTypeSystemExtension() throws(SyntaxError) -> TypeSystemExtension {
        let (keyword, keywordString) = try lookahead()
        if keyword.kind == .name {
            if isKeyword(keyword, "schema") { return .schema(try parseSchemaExtension()) }
            if isKeyword(keyword, "scalar") { return .type(.scalar(try parseScalarTypeDefinition(extending: true))) }
            if isKeyword(keyword, "type") { return .type(.object(try parseObjectTypeDefinition(extending: true))) }
            if isKeyword(keyword, "interface") { return .type(.interface(try parseInterfaceTypeDefinition(extending: true))) }
            if isKeyword(keyword, "union") { return .type(.union(try parseUnionTypeDefinition(extending: true))) }
            if isKeyword(keyword, "enum") { return .type(.enumeration(try parseEnumTypeDefinition(extending: true))) }
            if isKeyword(keyword, "input") { return .type(.inputObject(try parseInputObjectTypeDefinition(extending: true))) }
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
}
