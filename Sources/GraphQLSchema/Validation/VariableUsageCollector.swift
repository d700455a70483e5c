import GraphQLLanguage

/// Finds the variables an operation or fragment uses, with the type and default of each position
/// (graphql-js `getVariableUsages`), outside variable definitions.
///
/// It tracks types exactly as ``TypeInfo`` would on a fresh walk of the definition (argument and
/// input field types of a built schema are input types, so they need no check), but walks
/// only what can hold a variable, without rule dispatch: these usages are asked for once per
/// operation and fragment by three rules.
struct VariableUsageCollector {
    let schema: Schema?
    private(set) var usages: [ValidationContext.VariableUsage] = []

    init(schema: Schema?) {
        self.schema = schema
    }

    mutating func collect(_ operation: OperationDefinition) {
        let root = schema?.rootTypeName(for: operation.operation)
        let rootType: GraphQLType? = root.flatMap { schema?.type(named: $0)?.kind == .object ? .named($0) : nil }
        walk(operation.directives, enclosingField: nil)
        walk(operation.selectionSet, type: rootType, enclosingField: nil)
    }

    mutating func collect(_ fragment: FragmentDefinition) {
        let condition = fragment.typeCondition.name.value
        walk(fragment.directives, enclosingField: nil)
        walk(fragment.selectionSet, type: outputType(schema?.type(named: condition) != nil ? .named(condition) : nil), enclosingField: nil)
    }

    private mutating func walk(_ selectionSet: SelectionSet, type: GraphQLType?, enclosingField: GraphQLField?) {
        let named = type.flatMap { schema?.type(named: $0.namedType) }
        let parentType = named?.isCompositeType == true ? named : nil
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let definition = parentType.flatMap { schema?.fieldDefinition(named: field.name.value, on: $0) }
                walk(field.arguments, definitions: definition?.arguments)
                walk(field.directives, enclosingField: definition)
                if let subselection = field.selectionSet {
                    walk(subselection, type: outputType(definition?.type), enclosingField: definition)
                }
            case .fragmentSpread(let spread):
                walk(spread.directives, enclosingField: enclosingField)
            case .inlineFragment(let fragment):
                let fragmentType: GraphQLType?
                if let condition = fragment.typeCondition?.name.value {
                    fragmentType = schema?.type(named: condition) != nil ? .named(condition) : nil
                } else {
                    fragmentType = type.map { .named($0.namedType) }
                }
                walk(fragment.directives, enclosingField: enclosingField)
                walk(fragment.selectionSet, type: outputType(fragmentType), enclosingField: enclosingField)
            }
        }
    }

    private mutating func walk(_ directives: [Directive], enclosingField: GraphQLField?) {
        for directive in directives {
            let definitions = schema?.directive(named: directive.name.value)?.arguments ?? enclosingField?.arguments
            walk(directive.arguments, definitions: definitions)
        }
    }

    private mutating func walk(_ arguments: [Argument], definitions: NameIndexed<GraphQLInputValue>?) {
        for argument in arguments {
            let definition = definitions?[argument.name.value]
            walk(argument.value, type: definition?.type, defaultValue: definition?.defaultValue)
        }
    }

    private mutating func walk(_ value: Value, type: GraphQLType?, defaultValue: Value?) {
        switch value.kind {
        case .variable(let variable):
            usages.append(.init(variable: variable, type: type, defaultValue: defaultValue))
        case .list(let items):
            let listType = type?.nullable
            let itemType: GraphQLType?
            if case .list(let item)? = listType { itemType = item } else { itemType = listType }
            for item in items { walk(item, type: itemType, defaultValue: nil) }
        case .object(let fields):
            var object: GraphQLInputObjectType?
            if let name = type?.namedType, case .inputObject(let input)? = schema?.type(named: name) { object = input }
            for field in fields {
                let definition = object?.fields[field.name.value]
                walk(field.value, type: definition?.type, defaultValue: definition?.defaultValue)
            }
        case .int, .float, .string, .boolean, .null, .enumValue:
            break
        }
    }

    private func outputType(_ type: GraphQLType?) -> GraphQLType? {
        guard let type, schema?.isOutputType(type) == true else { return nil }
        return type
    }
}
