import GraphQLLanguage

extension ValidationRule {
    /// Field Selection Merging (spec §5.3.2): "If multiple field selections with the same response
    /// names are encountered during execution, the field and arguments to execute and the
    /// resulting value should be unambiguous."
    ///
    /// Every selection set is checked once, with the fields of fragments it spreads; field maps
    /// and fragment-pair comparisons are memoised across the document (graphql-js's approach), so
    /// hostile documents with thousands of repeated fields or fragments stay fast.
    public static let overlappingFieldsCanBeMerged = ValidationRule(name: "OverlappingFieldsCanBeMergedRule") { context, visitor in
        let finder = ConflictFinder(context: context)
        visitor.onEnter(\.selectionSet) { selectionSet in
            for conflict in finder.conflictsWithin(
                selectionSet, parentType: context.typeInfo.parentType, limit: context.remainingErrorBudget) {
                context.report(
                    "Fields \"\(conflict.reason.responseName)\" conflict because \(conflict.reason.message). Use different aliases on the fields to fetch both if this was intentional.",
                    (conflict.fields1 + conflict.fields2).map(\.location))
            }
        }
    }
}
