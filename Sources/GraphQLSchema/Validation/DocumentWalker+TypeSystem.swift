import GraphQLLanguage

/// The type-system half of the walk: definitions and extensions visited in graphql-js's order so
/// that SDL rules (and executable validation of a document that mixes both) see every directive,
/// type reference and default value.
extension DocumentWalker {
    mutating func walkTypeSystem(_ definition: TypeSystemDefinition) {
        switch definition {
        case .schema(let schema): walk(TypeSystemNode(node: schema, isExtension: false))
        case .type(let type): walk(TypeSystemNode(node: type, isExtension: false))
        case .directive(let directive): walk(directive)
        }
    }

    mutating func walkTypeSystemExtension(_ definition: TypeSystemExtension) {
        switch definition {
        case .schema(let schema): walk(TypeSystemNode(node: schema, isExtension: true))
        case .type(let type): walk(TypeSystemNode(node: type, isExtension: true))
        }
    }

    private mutating func walk(_ schema: TypeSystemNode<SchemaDefinition>) {
        enterNode(\.schemaDefinition, schema)
        walk(schema.node.directives, at: .schema)
        for operationType in schema.node.operationTypes { walkNamedType(operationType.type) }
        leaveNode(\.schemaDefinition, schema)
    }

    private mutating func walk(_ type: TypeSystemNode<TypeDefinition>) {
        enterNode(\.typeDefinition, type)
        switch type.node {
        case .scalar(let node):
            walk(node.directives, at: .scalar)
        case .object(let node):
            for interface in node.interfaces { walkNamedType(interface) }
            walk(node.directives, at: .object)
            for field in node.fields { walk(field) }
        case .interface(let node):
            for interface in node.interfaces { walkNamedType(interface) }
            walk(node.directives, at: .interface)
            for field in node.fields { walk(field) }
        case .union(let node):
            walk(node.directives, at: .union)
            for member in node.types { walkNamedType(member) }
        case .enumeration(let node):
            walk(node.directives, at: .enumeration)
            for value in node.values {
                enterNode(\.enumValueDefinition, value)
                walk(value.directives, at: .enumValue)
                leaveNode(\.enumValueDefinition, value)
            }
        case .inputObject(let node):
            walk(node.directives, at: .inputObject)
            // graphql-js treats input fields of an `extend input` as argument definitions here.
            let location: DirectiveLocation = type.isExtension ? .argumentDefinition : .inputFieldDefinition
            for field in node.fields { walk(field, at: location) }
        }
        leaveNode(\.typeDefinition, type)
    }

    private mutating func walk(_ field: FieldDefinition) {
        enterNode(\.fieldDefinition, field)
        for argument in field.arguments { walk(argument, at: .argumentDefinition) }
        walkTypeReference(field.type)
        walk(field.directives, at: .fieldDefinition)
        leaveNode(\.fieldDefinition, field)
    }

    private mutating func walk(_ inputValue: InputValueDefinition, at location: DirectiveLocation) {
        enterNode(\.inputValueDefinition, inputValue)
        walkTypeReference(inputValue.type)
        if let defaultValue = inputValue.defaultValue { walk(defaultValue) }
        walk(inputValue.directives, at: location)
        leaveNode(\.inputValueDefinition, inputValue)
    }

    private mutating func walk(_ directive: DirectiveDefinition) {
        enterNode(\.directiveDefinition, directive)
        for argument in directive.arguments { walk(argument, at: .argumentDefinition) }
        leaveNode(\.directiveDefinition, directive)
    }
}
