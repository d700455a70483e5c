import GraphQLLanguage

extension ValidationRule {
    /// Fragments Must Be Used (spec §5.5.1.4): "Defined fragments must be used within a document."
    public static let noUnusedFragments = ValidationRule(name: "NoUnusedFragmentsRule") { context, visitor in
        var operations: [(OperationDefinition, Int)] = []
        var fragments: [FragmentDefinition] = []
        visitor.onEnterMaySkip(\.operation) { operation in
            operations.append((operation, context.currentDefinitionIndex))
            return .skipSubtree
        }
        visitor.onEnterMaySkip(\.fragmentDefinition) { fragment in
            fragments.append(fragment)
            return .skipSubtree
        }
        visitor.onLeave(\.document) { _ in
            var used: Set<String> = []
            for (operation, index) in operations {
                for fragment in context.recursivelyReferencedFragments(of: operation, index: index) {
                    used.insert(fragment.name.value)
                }
            }
            for fragment in fragments where !used.contains(fragment.name.value) {
                context.report("Fragment \"\(fragment.name.value)\" is never used.", fragment.location)
            }
        }
    }
}
