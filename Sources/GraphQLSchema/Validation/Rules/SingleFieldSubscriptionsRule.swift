import GraphQLLanguage

extension ValidationRule {
    /// Single root field (spec §5.2.3.1): "Subscription operations must have exactly one root
    /// field." Introspection fields may not be that root field either.
    public static let singleFieldSubscriptions = ValidationRule(name: "SingleFieldSubscriptionsRule") { context, visitor in
        visitor.onEnter(\.operation) { operation in
            guard operation.operation == .subscription, let root = context.schema.subscriptionTypeName else { return }
            let subject = operation.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
            var collector = RootFieldCollector(context: context, rootTypeName: root)
            collector.collect(operation.selectionSet)
            let groups = collector.fieldsByResponseKey
            if groups.count > 1 {
                let extra = groups.dropFirst().flatMap(\.fields).map(\.location)
                context.report("\(subject) must select only one top level field.", extra)
            }
            for group in groups where group.fields[0].name.value.hasPrefix("__") {
                context.report("\(subject) must not select an introspection top level field.", group.fields.map(\.location))
            }
        }
    }
}

/// graphql-js `collectFields` for a root type with no variable values: what the subscription's
/// top level would execute, grouped by response key in first-seen order.
private struct RootFieldCollector {
    let context: ValidationContext
    let rootTypeName: String
    private(set) var fieldsByResponseKey: [(key: String, fields: [Field])] = []
    private var indexByKey: [String: Int] = [:]
    private var visitedFragments: Set<String> = []

    init(context: ValidationContext, rootTypeName: String) {
        self.context = context
        self.rootTypeName = rootTypeName
    }

    /// Collects depth first with its own stack, so long fragment chains cannot exhaust the stack.
    mutating func collect(_ selectionSet: SelectionSet) {
        var stack = DepthFirstStack<Selection, Void>()
        stack.push(selectionSet.selections, context: ())
        while let (selection, _) = stack.next() {
            guard isIncluded(selection.directives) else { continue }
            switch selection {
            case .field(let field):
                if let index = indexByKey[field.responseKey] {
                    fieldsByResponseKey[index].fields.append(field)
                } else {
                    indexByKey[field.responseKey] = fieldsByResponseKey.count
                    fieldsByResponseKey.append((field.responseKey, [field]))
                }
            case .inlineFragment(let fragment):
                guard conditionMatches(fragment.typeCondition) else { continue }
                stack.push(fragment.selectionSet.selections, context: ())
            case .fragmentSpread(let spread):
                guard visitedFragments.insert(spread.name.value).inserted,
                      let fragment = context.fragment(named: spread.name.value),
                      conditionMatches(fragment.typeCondition)
                else { continue }
                stack.push(fragment.selectionSet.selections, context: ())
            }
        }
    }

    private func conditionMatches(_ condition: NamedType?) -> Bool {
        guard let name = condition?.name.value else { return true }
        if name == rootTypeName { return true }
        guard context.schema.type(named: name)?.isAbstractType == true else { return false }
        return context.schema.isSubType(rootTypeName, of: name)
    }

    /// `@skip(if: true)` and `@include(if: false)` exclude a selection; with no variable values a
    /// variable condition is taken as including it.
    private func isIncluded(_ directives: [Directive]) -> Bool {
        func literalCondition(_ name: String) -> Bool? {
            guard let directive = directives.first(where: { $0.name.value == name }),
                  let argument = directive.arguments.first(where: { $0.name.value == "if" }),
                  case .boolean(let flag) = argument.value.kind
            else { return nil }
            return flag
        }
        if literalCondition("skip") == true { return false }
        if literalCondition("include") == false { return false }
        return true
    }
}
