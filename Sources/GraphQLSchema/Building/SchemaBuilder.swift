public import GraphQLLanguage

/// Builds a ``Schema`` from a type-system document (spec §3), as graphql-js's `buildASTSchema`
/// does: SDL rules first, then types with their extensions merged, then the type-system checks.
struct SchemaBuilder {
    private let document: Document
    private let scalarCoercions: [String: ScalarCoercion]
    private var typeDefinitions: [TypeDefinition] = []
    private var extensionsByName: [String: [TypeDefinition]] = [:]
    private var directiveDefinitions: [DirectiveDefinition] = []
    private var schemaDefinition: SchemaDefinition?
    private var schemaExtensions: [SchemaDefinition] = []

    init(document: Document, scalarCoercions: [String: ScalarCoercion]) {
        self.document = document
        self.scalarCoercions = scalarCoercions
        for definition in document.definitions {
            switch definition {
            case .typeSystem(.type(let type)): typeDefinitions.append(type)
            case .typeSystem(.directive(let directive)): directiveDefinitions.append(directive)
            case .typeSystem(.schema(let schema)): schemaDefinition = schema
            case .typeSystemExtension(.type(let type)): extensionsByName[type.name.value, default: []].append(type)
            case .typeSystemExtension(.schema(let schema)): schemaExtensions.append(schema)
            case .operation, .fragment: break
            }
        }
    }

    /// What a ``Schema`` is made from, once the document has passed the SDL rules.
    struct Parts {
        var roots: [OperationType: String]
        var types: [GraphQLNamedType]
        var directives: [GraphQLDirective]
        var description: String?
        var definitionLocation: SourceLocation?
        var operationTypeLocations: [OperationType: SourceLocation]
    }

    func build() throws(SchemaError) -> Parts {
        let sdlErrors = validateSDL(document)
        if !sdlErrors.isEmpty { throw .invalidDocument(sdlErrors) }

        var types: [GraphQLNamedType] = []
        var seen: Set<String> = []
        for definition in typeDefinitions where seen.insert(definition.name.value).inserted {
            let name = definition.name.value
            if let scalar = GraphQLScalarType.specified.first(where: { $0.name == name }) {
                types.append(.scalar(scalar))
            } else if let introspection = IntrospectionTypes.all.first(where: { $0.name == name }) {
                types.append(introspection)
            } else {
                types.append(buildType(definition, extensions: extensionsByName[name] ?? []))
            }
        }

        var roots: [OperationType: String] = [:]
        var rootLocations: [OperationType: SourceLocation] = [:]
        for node in [schemaDefinition].compactMap({ $0 }) + schemaExtensions {
            for operationType in node.operationTypes {
                roots[operationType.operation] = operationType.type.name.value
                rootLocations[operationType.operation] = operationType.type.location.sourceLocation
            }
        }
        if schemaDefinition == nil {
            for type in types {
                switch type.name {
                case "Query": roots[.query] = type.name
                case "Mutation": roots[.mutation] = type.name
                case "Subscription": roots[.subscription] = type.name
                default: break
                }
            }
        }

        var directives = directiveDefinitions.map(buildDirective)
        for specified in GraphQLDirective.specified where !directives.contains(where: { $0.name == specified.name }) {
            directives.append(specified)
        }

        return Parts(
            roots: roots, types: types, directives: directives, description: schemaDefinition?.description?.value,
            definitionLocation: schemaDefinition?.location.sourceLocation, operationTypeLocations: rootLocations)
    }

    private func buildType(_ definition: TypeDefinition, extensions: [TypeDefinition]) -> GraphQLNamedType {
        let locations = ([definition] + extensions).map(\.location.sourceLocation)
        switch definition {
        case .scalar(let node):
            return .scalar(GraphQLScalarType(
                name: node.name.value, description: node.description?.value,
                specifiedByURL: specifiedByURL(node.directives),
                coercion: scalarCoercions[node.name.value] ?? .passthrough, definitionLocations: locations))
        case .object(let node):
            let nodes = [node] + extensions.compactMap { if case .object(let ext) = $0 { ext } else { nil } }
            let interfaces = nodes.flatMap(\.interfaces)
            return .object(GraphQLObjectType(
                name: node.name.value, description: node.description?.value,
                fields: buildFields(nodes.flatMap(\.fields)), interfaces: interfaces.map(\.name.value),
                definitionLocations: locations, interfaceReferences: interfaces.map(reference)))
        case .interface(let node):
            let nodes = [node] + extensions.compactMap { if case .interface(let ext) = $0 { ext } else { nil } }
            let interfaces = nodes.flatMap(\.interfaces)
            return .interface(GraphQLInterfaceType(
                name: node.name.value, description: node.description?.value,
                fields: buildFields(nodes.flatMap(\.fields)), interfaces: interfaces.map(\.name.value),
                definitionLocations: locations, interfaceReferences: interfaces.map(reference)))
        case .union(let node):
            let nodes = [node] + extensions.compactMap { if case .union(let ext) = $0 { ext } else { nil } }
            let members = nodes.flatMap(\.types)
            return .union(GraphQLUnionType(
                name: node.name.value, description: node.description?.value, types: members.map(\.name.value),
                definitionLocations: locations, memberReferences: members.map(reference)))
        case .enumeration(let node):
            let nodes = [node] + extensions.compactMap { if case .enumeration(let ext) = $0 { ext } else { nil } }
            let values = lastDefinitionWins(nodes.flatMap(\.values), name: \.name.value).map { value in
                GraphQLEnumValue(
                    name: value.name.value, description: value.description?.value,
                    deprecationReason: deprecationReason(value.directives), location: value.location.sourceLocation)
            }
            return .enumeration(GraphQLEnumType(
                name: node.name.value, description: node.description?.value, values: values, definitionLocations: locations))
        case .inputObject(let node):
            let nodes = [node] + extensions.compactMap { if case .inputObject(let ext) = $0 { ext } else { nil } }
            // Like graphql-js, only the definition itself (not an extension) can make it OneOf.
            return .inputObject(GraphQLInputObjectType(
                name: node.name.value, description: node.description?.value,
                fields: buildInputValues(nodes.flatMap(\.fields)), definitionLocations: locations,
                isOneOf: node.directives.contains { $0.name.value == GraphQLDirective.oneOf.name }))
        }
    }

    private func buildFields(_ nodes: [FieldDefinition]) -> [GraphQLField] {
        lastDefinitionWins(nodes, name: \.name.value).map { node in
            GraphQLField(
                name: node.name.value, type: GraphQLType(node.type), description: node.description?.value,
                arguments: buildInputValues(node.arguments), deprecationReason: deprecationReason(node.directives),
                location: node.location.sourceLocation, typeLocation: node.type.location.sourceLocation)
        }
    }

    private func buildInputValues(_ nodes: [InputValueDefinition]) -> [GraphQLInputValue] {
        lastDefinitionWins(nodes, name: \.name.value).map { node in
            GraphQLInputValue(
                name: node.name.value, type: GraphQLType(node.type), description: node.description?.value,
                defaultValue: node.defaultValue, deprecationReason: deprecationReason(node.directives),
                location: node.location.sourceLocation, typeLocation: node.type.location.sourceLocation,
                deprecatedDirectiveLocation: node.directives.first { $0.name.value == "deprecated" }?.location.sourceLocation)
        }
    }

    private func buildDirective(_ node: DirectiveDefinition) -> GraphQLDirective {
        GraphQLDirective(
            name: node.name.value, description: node.description?.value,
            locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
            arguments: buildInputValues(node.arguments), isRepeatable: node.isRepeatable,
            location: node.location.sourceLocation)
    }

    private func reference(_ named: NamedType) -> NamedReference {
        NamedReference(name: named.name.value, location: named.location.sourceLocation)
    }

    /// graphql-js builds field maps as JavaScript objects: a repeated name keeps its first position
    /// and takes the later definition.
    private func lastDefinitionWins<Node>(_ nodes: [Node], name: (Node) -> String) -> [Node] {
        var result: [Node] = []
        var positionByName: [String: Int] = [:]
        for node in nodes {
            if let position = positionByName[name(node)] {
                result[position] = node
            } else {
                positionByName[name(node)] = result.count
                result.append(node)
            }
        }
        return result
    }

    /// The reason given by `@deprecated` (spec §3.13.3), its default when none is written.
    private func deprecationReason(_ directives: [Directive]) -> String? {
        guard let directive = directives.first(where: { $0.name.value == "deprecated" }) else { return nil }
        guard let reason = directive.arguments.first(where: { $0.name.value == "reason" }) else {
            return GraphQLDirective.defaultDeprecationReason
        }
        switch reason.value.kind {
        case .string(let text, _): return text
        case .null: return nil
        default: return GraphQLDirective.defaultDeprecationReason
        }
    }

    /// The URL given by `@specifiedBy(url:)` (spec §3.13.4).
    private func specifiedByURL(_ directives: [Directive]) -> String? {
        guard let directive = directives.first(where: { $0.name.value == "specifiedBy" }),
              let url = directive.arguments.first(where: { $0.name.value == "url" }),
              case .string(let text, _) = url.value.kind
        else { return nil }
        return text
    }
}

extension Schema {
    /// Builds a schema from a parsed type-system document (graphql-js `buildASTSchema`), checking
    /// the SDL rules and then the type-system rules.
    ///
    /// `scalars` gives custom scalars their coercion (e.g. `Date`, `Decimal`); a scalar not listed
    /// accepts any value unchanged.
    public convenience init(document: Document, scalars: [String: ScalarCoercion] = [:]) throws(SchemaError) {
        let parts = try SchemaBuilder(document: document, scalarCoercions: scalars).build()
        try self.init(
            query: parts.roots[.query], mutation: parts.roots[.mutation], subscription: parts.roots[.subscription],
            types: parts.types, directives: parts.directives, description: parts.description,
            definitionLocation: parts.definitionLocation, operationTypeLocations: parts.operationTypeLocations)
    }
}

/// Builds a schema from a parsed type-system document; see ``Schema/init(document:scalars:)``.
public func buildSchema(_ document: Document, scalars: [String: ScalarCoercion] = [:]) throws(SchemaError) -> Schema {
    try Schema(document: document, scalars: scalars)
}

extension Schema {
    /// Parses SDL and builds a schema from it; see ``Schema/init(document:scalars:)``.
    public convenience init(sdl: String, scalars: [String: ScalarCoercion] = [:]) throws(SchemaError) {
        let document: Document
        do {
            document = try Parser.parse(sdl)
        } catch {
            throw .syntax(error)
        }
        try self.init(document: document, scalars: scalars)
    }
}
