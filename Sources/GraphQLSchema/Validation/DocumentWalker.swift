import GraphQLLanguage

/// Walks a document depth first in graphql-js's child order, keeping ``TypeInfo`` in step and
/// calling every rule's handlers for each node (spec §5 is checked in this one traversal).
///
/// A rule that answers ``VisitAction/skipSubtree`` sees nothing more until the walk leaves that
/// node; the walk stops at the next selection once the context has reached its error limit (the
/// context ignores whatever is reported in between).
struct DocumentWalker {
    private let visitor: ValidationVisitor
    private let typeInfo: TypeInfo
    private let context: ValidationContext
    /// For each rule, the depth at which it asked to skip, or 0.
    private var skipDepth: [Int]
    private var activeSkips = 0
    private var depth = 0
    private var inVariableDefinition = false

    init(visitor: ValidationVisitor, typeInfo: TypeInfo, context: ValidationContext) {
        self.visitor = visitor
        self.typeInfo = typeInfo
        self.context = context
        self.skipDepth = Array(repeating: 0, count: max(visitor.ruleCount, 1))
    }

    private var stopped: Bool { context.isAborted }

    /// Enters a node of a kind TypeInfo does not track, unless the walk has stopped.
    mutating func enterNode<Node>(_ kind: KeyPath<ValidationVisitor, NodeHandlers<Node>>, _ node: Node) {
        if !stopped { enter(visitor[keyPath: kind], node) } else { depth += 1 }
    }

    mutating func leaveNode<Node>(_ kind: KeyPath<ValidationVisitor, NodeHandlers<Node>>, _ node: Node) {
        if !stopped { leave(visitor[keyPath: kind], node) } else { depth -= 1 }
    }

    @inline(__always)
    private mutating func enter<Node>(_ handlers: NodeHandlers<Node>, _ node: Node) {
        depth += 1
        for handler in handlers.enter where skipDepth[handler.rule] == 0 {
            if handler.visit(node) == .skipSubtree {
                skipDepth[handler.rule] = depth
                activeSkips += 1
            }
        }
    }

    @inline(__always)
    private mutating func leave<Node>(_ handlers: NodeHandlers<Node>, _ node: Node) {
        for handler in handlers.leave where skipDepth[handler.rule] == 0 {
            handler.visit(node)
        }
        if activeSkips > 0 {
            for rule in skipDepth.indices where skipDepth[rule] == depth {
                skipDepth[rule] = 0
                activeSkips -= 1
            }
        }
        depth -= 1
    }

    // MARK: Document and definitions

    mutating func walk(_ document: Document) {
        enter(visitor.document, document)
        for (index, definition) in document.definitions.enumerated() {
            if stopped { return }
            context.currentDefinitionIndex = index
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            case .typeSystem(let node): walkTypeSystem(node)
            case .typeSystemExtension(let node): walkTypeSystemExtension(node)
            }
        }
        if stopped { return }
        leave(visitor.document, document)
    }

    mutating func walk(_ operation: OperationDefinition) {
        typeInfo.enter(operation)
        enter(visitor.operation, operation)
        for definition in operation.variableDefinitions { walk(definition) }
        let location: DirectiveLocation = switch operation.operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
        walk(operation.directives, at: location)
        walk(operation.selectionSet)
        if stopped { return }
        leave(visitor.operation, operation)
        typeInfo.leave(operation)
    }

    mutating func walk(_ fragment: FragmentDefinition) {
        typeInfo.enter(fragment)
        enter(visitor.fragmentDefinition, fragment)
        walkNamedType(fragment.typeCondition)
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
        if stopped { return }
        leave(visitor.fragmentDefinition, fragment)
        typeInfo.leave(fragment)
    }

    private mutating func walk(_ definition: VariableDefinition) {
        if stopped { return }
        typeInfo.enter(definition)
        inVariableDefinition = true
        defer { inVariableDefinition = false }
        enter(visitor.variableDefinition, definition)
        walk(definition.variable)
        walkTypeReference(definition.type)
        if let defaultValue = definition.defaultValue { walk(defaultValue) }
        walk(definition.directives, at: .variableDefinition)
        if stopped { return }
        leave(visitor.variableDefinition, definition)
        typeInfo.leave(definition)
    }

    private mutating func walk(_ variable: Variable) {
        enter(visitor.variable, variable)
        leave(visitor.variable, variable)
    }

    mutating func walkTypeReference(_ reference: TypeReference) {
        switch reference {
        case .named(let named): walkNamedType(named)
        case .list(let inner, _), .nonNull(let inner, _): walkTypeReference(inner)
        }
    }

    mutating func walkNamedType(_ named: NamedType) {
        enter(visitor.namedType, named)
        leave(visitor.namedType, named)
    }

    // MARK: Selections

    mutating func walk(_ selectionSet: SelectionSet) {
        if stopped { return }
        typeInfo.enter(selectionSet)
        enter(visitor.selectionSet, selectionSet)
        for selection in selectionSet.selections {
            if stopped { return }
            switch selection {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread): walk(spread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        if stopped { return }
        leave(visitor.selectionSet, selectionSet)
        typeInfo.leave(selectionSet)
    }

    private mutating func walk(_ field: Field) {
        typeInfo.enter(field)
        enter(visitor.field, field)
        walk(field.arguments)
        walk(field.directives, at: .field)
        if let selectionSet = field.selectionSet { walk(selectionSet) }
        if stopped { return }
        leave(visitor.field, field)
        typeInfo.leave(field)
    }

    private mutating func walk(_ spread: FragmentSpread) {
        enter(visitor.fragmentSpread, spread)
        walk(spread.directives, at: .fragmentSpread)
        if stopped { return }
        leave(visitor.fragmentSpread, spread)
    }

    private mutating func walk(_ fragment: InlineFragment) {
        typeInfo.enter(fragment)
        enter(visitor.inlineFragment, fragment)
        if let condition = fragment.typeCondition { walkNamedType(condition) }
        walk(fragment.directives, at: .inlineFragment)
        walk(fragment.selectionSet)
        if stopped { return }
        leave(visitor.inlineFragment, fragment)
        typeInfo.leave(fragment)
    }

    // MARK: Directives, arguments, values

    mutating func walk(_ directives: [Directive], at location: DirectiveLocation) {
        for directive in directives {
            context.directiveLocation = location
            typeInfo.enter(directive)
            enter(visitor.directive, directive)
            walk(directive.arguments)
            context.directiveLocation = location
            leave(visitor.directive, directive)
            typeInfo.leave(directive)
        }
    }

    private mutating func walk(_ arguments: [Argument]) {
        for argument in arguments {
            typeInfo.enter(argument)
            enter(visitor.argument, argument)
            walk(argument.value)
            leave(visitor.argument, argument)
            typeInfo.leave(argument)
        }
    }

    mutating func walk(_ value: Value) {
        switch value.kind {
        case .variable(let variable):
            if !inVariableDefinition { context.recordVariableUsage(variable) }
            walk(variable)
        case .list(let items):
            typeInfo.enterList()
            enter(visitor.value, value)
            for item in items { walk(item) }
            leave(visitor.value, value)
            typeInfo.leaveList()
        case .object(let fields):
            enter(visitor.value, value)
            for field in fields {
                typeInfo.enter(field)
                enter(visitor.objectField, field)
                walk(field.value)
                leave(visitor.objectField, field)
                typeInfo.leave(field)
            }
            leave(visitor.value, value)
        case .enumValue(let name):
            typeInfo.enterEnumValue(name)
            enter(visitor.value, value)
            leave(visitor.value, value)
            typeInfo.leaveEnumValue()
        case .int, .float, .string, .boolean, .null:
            enter(visitor.value, value)
            leave(visitor.value, value)
        }
    }
}
