import GraphQLLanguage

/// What a rule's enter handler asks of the walk.
enum VisitAction {
    case proceed
    /// Do not show this rule anything inside the node (nor the node's leave); other rules go on.
    case skipSubtree
}

/// The handlers one node kind has, in rule order.
struct NodeHandlers<Node> {
    struct Enter {
        let rule: Int
        let visit: (Node) -> VisitAction
    }

    struct Leave {
        let rule: Int
        let visit: (Node) -> Void
    }

    var enter: [Enter] = []
    var leave: [Leave] = []
}

/// A type-system definition or extension, as the walker shows it to rules.
struct TypeSystemNode<Node> {
    let node: Node
    let isExtension: Bool
}

/// The handlers of all rules of one validation run, grouped by node kind (graphql-js
/// `visitInParallel`): one traversal serves every rule, and a node kind no rule asks for costs
/// nothing but an empty loop.
struct ValidationVisitor {
    var document = NodeHandlers<Document>()
    var operation = NodeHandlers<OperationDefinition>()
    var variableDefinition = NodeHandlers<VariableDefinition>()
    var variable = NodeHandlers<Variable>()
    var selectionSet = NodeHandlers<SelectionSet>()
    var field = NodeHandlers<Field>()
    var argument = NodeHandlers<Argument>()
    var fragmentSpread = NodeHandlers<FragmentSpread>()
    var inlineFragment = NodeHandlers<InlineFragment>()
    var fragmentDefinition = NodeHandlers<FragmentDefinition>()
    var directive = NodeHandlers<Directive>()
    var namedType = NodeHandlers<NamedType>()
    /// Every value literal except variables (which come through `variable`).
    var value = NodeHandlers<Value>()
    var objectField = NodeHandlers<ObjectField>()
    var schemaDefinition = NodeHandlers<TypeSystemNode<SchemaDefinition>>()
    var typeDefinition = NodeHandlers<TypeSystemNode<TypeDefinition>>()
    var directiveDefinition = NodeHandlers<DirectiveDefinition>()
    var fieldDefinition = NodeHandlers<FieldDefinition>()
    var inputValueDefinition = NodeHandlers<InputValueDefinition>()
    var enumValueDefinition = NodeHandlers<EnumValueDefinition>()

    /// The rule whose handlers are being registered.
    var currentRule = 0
    private(set) var ruleCount = 0

    /// Registers each rule's handlers in order; rule `i` registers while `currentRule == i`.
    mutating func install(_ rules: [ValidationRule], context: ValidationContext) {
        for (index, rule) in rules.enumerated() {
            currentRule = index
            rule.install(context, &self)
        }
        ruleCount = rules.count
    }

    mutating func onEnter<Node>(_ kind: WritableKeyPath<ValidationVisitor, NodeHandlers<Node>>, _ visit: @escaping (Node) -> Void) {
        self[keyPath: kind].enter.append(.init(rule: currentRule) { node in
            visit(node)
            return .proceed
        })
    }

    mutating func onEnterMaySkip<Node>(
        _ kind: WritableKeyPath<ValidationVisitor, NodeHandlers<Node>>, _ visit: @escaping (Node) -> VisitAction
    ) {
        self[keyPath: kind].enter.append(.init(rule: currentRule, visit: visit))
    }

    mutating func onLeave<Node>(_ kind: WritableKeyPath<ValidationVisitor, NodeHandlers<Node>>, _ visit: @escaping (Node) -> Void) {
        self[keyPath: kind].leave.append(.init(rule: currentRule, visit: visit))
    }
}
