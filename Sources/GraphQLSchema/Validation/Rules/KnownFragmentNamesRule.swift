import GraphQLLanguage

extension ValidationRule {
    /// Fragment spread target defined (spec §5.5.2.1): "Named fragment spreads must refer to
    /// fragments defined within the document."
    public static let knownFragmentNames = ValidationRule(name: "KnownFragmentNamesRule") { context, visitor in
        visitor.onEnter(\.fragmentSpread) { spread in
            if context.fragment(named: spread.name.value) == nil {
                context.report("Unknown fragment \"\(spread.name.value)\".", spread.name.location)
            }
        }
    }
}
