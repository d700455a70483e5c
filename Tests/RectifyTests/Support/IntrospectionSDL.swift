import GraphQLLanguage

/// Turns an introspection answer (`{"__schema": …}`) back into SDL, as graphql-js's
/// `buildClientSchema` + `printSchema` would, so a test can compare it with the SDL the server
/// loaded: built-in scalars, introspection types and the specified directives are left out.
enum IntrospectionSDL {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let builtInScalars: Set<String> = ["String", "Int", "Float", "Boolean", "ID"]
    static let specifiedDirectives: Set<String> = ["skip", "include", "deprecated", "specifiedBy", "oneOf"]

    /// Each definition printed on its own, descriptions in one style, sorted by text.
    static func printedDefinitions(_ document: Document) -> [String] {
        document.definitions.compactMap { definition -> String? in
            guard case .typeSystem(let system) = definition else { return nil }
            return Printer.print(flattened(system))
        }.sorted()
    }

    static func document(from data: JSONValue) throws -> Document {
        guard let schema = data["__schema"] else { throw Failure(description: "no __schema in \(data.jsonText.prefix(200))") }
        var definitions: [Definition] = []
        var operations: [OperationTypeDefinition] = []
        for (key, operation) in [("queryType", OperationType.query), ("mutationType", .mutation), ("subscriptionType", .subscription)] {
            if let name = schema[key]?["name"]?.string {
                operations.append(OperationTypeDefinition(operation: operation, type: NamedType(name: Name(name))))
            }
        }
        definitions.append(.typeSystem(.schema(SchemaDefinition(description: description(schema), operationTypes: operations))))
        for type in schema["types"]?.array ?? [] {
            guard let name = type["name"]?.string, !name.hasPrefix("__"), !builtInScalars.contains(name) else { continue }
            definitions.append(.typeSystem(.type(try typeDefinition(type, name: name))))
        }
        for directive in schema["directives"]?.array ?? [] {
            guard let name = directive["name"]?.string, !specifiedDirectives.contains(name) else { continue }
            definitions.append(.typeSystem(.directive(DirectiveDefinition(
                description: description(directive), name: Name(name), arguments: try inputValues(directive["args"]),
                isRepeatable: directive["isRepeatable"] == .bool(true),
                locations: (directive["locations"]?.array ?? []).compactMap { $0.string.map { Name($0) } }))))
        }
        return Document(definitions: definitions)
    }

    private static func typeDefinition(_ type: JSONValue, name: String) throws -> TypeDefinition {
        let interfaces = (type["interfaces"]?.array ?? []).compactMap { $0["name"]?.string.map { NamedType(name: Name($0)) } }
        switch type["kind"]?.string {
        case "SCALAR":
            var directives: [Directive] = []
            if let url = type["specifiedByURL"]?.string {
                directives.append(Directive(name: Name("specifiedBy"), arguments: [Argument(name: Name("url"), value: Value(.string(url, isBlock: false)))]))
            }
            return .scalar(ScalarTypeDefinition(description: description(type), name: Name(name), directives: directives))
        case "OBJECT":
            return .object(ObjectTypeDefinition(description: description(type), name: Name(name), interfaces: interfaces, fields: try fields(type)))
        case "INTERFACE":
            return .interface(InterfaceTypeDefinition(description: description(type), name: Name(name), interfaces: interfaces, fields: try fields(type)))
        case "UNION":
            return .union(UnionTypeDefinition(description: description(type), name: Name(name),
                                              types: (type["possibleTypes"]?.array ?? []).compactMap { $0["name"]?.string.map { NamedType(name: Name($0)) } }))
        case "ENUM":
            return .enumeration(EnumTypeDefinition(description: description(type), name: Name(name), values: (type["enumValues"]?.array ?? []).map { value in
                EnumValueDefinition(description: description(value), name: Name(value["name"]?.string ?? ""), directives: deprecation(value))
            }))
        case "INPUT_OBJECT":
            return .inputObject(InputObjectTypeDefinition(description: description(type), name: Name(name), fields: try inputValues(type["inputFields"])))
        default:
            throw Failure(description: "type \(name) of unknown kind")
        }
    }

    private static func fields(_ type: JSONValue) throws -> [FieldDefinition] {
        try (type["fields"]?.array ?? []).map { field in
            FieldDefinition(description: description(field), name: Name(field["name"]?.string ?? ""), arguments: try inputValues(field["args"]),
                            type: try typeReference(field["type"]), directives: deprecation(field))
        }
    }

    private static func inputValues(_ values: JSONValue?) throws -> [InputValueDefinition] {
        try (values?.array ?? []).map { value in
            let defaultValue = try value["defaultValue"]?.string.map { try Parser.parseConstValue($0) }
            return InputValueDefinition(description: description(value), name: Name(value["name"]?.string ?? ""),
                                        type: try typeReference(value["type"]), defaultValue: defaultValue, directives: deprecation(value))
        }
    }

    private static func typeReference(_ type: JSONValue?) throws -> TypeReference {
        switch type?["kind"]?.string {
        case "NON_NULL": return .nonNull(try typeReference(type?["ofType"]), location: .synthesized)
        case "LIST": return .list(try typeReference(type?["ofType"]), location: .synthesized)
        default:
            guard let name = type?["name"]?.string else { throw Failure(description: "a type reference without a name") }
            return .named(NamedType(name: Name(name)))
        }
    }

    private static func deprecation(_ element: JSONValue) -> [Directive] {
        guard element["isDeprecated"] == .bool(true) else { return [] }
        let reason = element["deprecationReason"]?.string
        let arguments = reason.map { [Argument(name: Name("reason"), value: Value(.string($0, isBlock: false)))] } ?? []
        return [Directive(name: Name("deprecated"), arguments: arguments)]
    }

    private static func description(_ element: JSONValue) -> StringValue? {
        element["description"]?.string.map { StringValue($0) }
    }

    // MARK: - One style of description

    private static func flat(_ description: StringValue?) -> StringValue? {
        description.map { StringValue($0.value) }
    }

    private static func flat(_ values: [InputValueDefinition]) -> [InputValueDefinition] {
        values.map { value in
            var value = value
            value.description = flat(value.description)
            return value
        }
    }

    private static func flat(_ fields: [FieldDefinition]) -> [FieldDefinition] {
        fields.map { field in
            var field = field
            field.description = flat(field.description)
            field.arguments = flat(field.arguments)
            return field
        }
    }

    /// The definition with every description a plain (non-block) string.
    static func flattened(_ definition: TypeSystemDefinition) -> TypeSystemDefinition {
        switch definition {
        case .schema(var schema):
            schema.description = flat(schema.description)
            return .schema(schema)
        case .directive(var directive):
            directive.description = flat(directive.description)
            directive.arguments = flat(directive.arguments)
            return .directive(directive)
        case .type(let type):
            switch type {
            case .scalar(var scalar):
                scalar.description = flat(scalar.description)
                return .type(.scalar(scalar))
            case .object(var object):
                object.description = flat(object.description)
                object.fields = flat(object.fields)
                return .type(.object(object))
            case .interface(var interface):
                interface.description = flat(interface.description)
                interface.fields = flat(interface.fields)
                return .type(.interface(interface))
            case .union(var union):
                union.description = flat(union.description)
                return .type(.union(union))
            case .enumeration(var enumeration):
                enumeration.description = flat(enumeration.description)
                enumeration.values = enumeration.values.map { value in
                    var value = value
                    value.description = flat(value.description)
                    return value
                }
                return .type(.enumeration(enumeration))
            case .inputObject(var input):
                input.description = flat(input.description)
                input.fields = flat(input.fields)
                return .type(.inputObject(input))
            }
        }
    }
}
