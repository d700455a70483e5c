import GraphQLLanguage
import GraphQLSchema

/// CollectFields (spec §6.3.2): the fields a selection set selects on an object type, grouped by
/// response key in the order the keys first appear.
///
/// Fragment spreads and inline fragments apply when their type condition is the object type or
/// an abstract type it belongs to (DoesFragmentTypeApply); `@skip` and `@include` are evaluated with
/// the request's variables (their values are part of the plan's shape); each named fragment is
/// expanded once per selection set, as the algorithm's `visitedFragments` requires.
struct FieldCollector {
    let schema: Schema
    let fragments: [String: FragmentDefinition]
    let variables: [String: CoercedValue]

    init(schema: Schema, document: Document, variables: [String: CoercedValue]) {
        self.schema = schema
        var fragments: [String: FragmentDefinition] = [:]
        for fragment in document.fragments where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
        self.variables = variables
    }

    /// One response key and the fields (same name and arguments, by validation) merged under it.
    struct Group {
        var key: String
        var fields: [Field]

        var first: Field { fields[0] }
        var name: String { fields[0].name.value }

        /// The fields' selection sets, merged as CollectSubfields does.
        var subselections: [SelectionSet] { fields.compactMap(\.selectionSet) }
    }

    /// The grouped fields of `selectionSets` (merged) on `objectType`.
    func collect(_ selectionSets: [SelectionSet], on objectType: String) -> [Group] {
        var groups: [Group] = []
        var index: [String: Int] = [:]
        var visited: Set<String> = []
        for selectionSet in selectionSets {
            collect(selectionSet, on: objectType, into: &groups, index: &index, visited: &visited)
        }
        return groups
    }

    private func collect(
        _ selectionSet: SelectionSet, on objectType: String, into groups: inout [Group], index: inout [String: Int], visited: inout Set<String>
    ) {
        for selection in selectionSet.selections where isIncluded(selection.directives) {
            switch selection {
            case .field(let field):
                let key = field.responseKey
                if let position = index[key] {
                    groups[position].fields.append(field)
                } else {
                    index[key] = groups.count
                    groups.append(Group(key: key, fields: [field]))
                }
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !visited.contains(name), let fragment = fragments[name] else { continue }
                visited.insert(name)
                guard applies(fragment.typeCondition.name.value, to: objectType) else { continue }
                collect(fragment.selectionSet, on: objectType, into: &groups, index: &index, visited: &visited)
            case .inlineFragment(let fragment):
                if let condition = fragment.typeCondition, !applies(condition.name.value, to: objectType) { continue }
                collect(fragment.selectionSet, on: objectType, into: &groups, index: &index, visited: &visited)
            }
        }
    }

    /// DoesFragmentTypeApply (spec §6.3.2).
    func applies(_ typeCondition: String, to objectType: String) -> Bool {
        typeCondition == objectType || schema.isSubType(objectType, of: typeCondition)
    }

    /// `@skip(if:)` and `@include(if:)` (spec §3.13.1, §3.13.2).
    func isIncluded(_ directives: [Directive]) -> Bool {
        for directive in directives {
            let name = directive.name.value
            guard name == "skip" || name == "include",
                  let argument = directive.arguments.first(where: { $0.name.value == "if" }) else { continue }
            let flag: Bool
            switch argument.value.kind {
            case .boolean(let value): flag = value
            case .variable(let variable):
                guard case .boolean(let value)? = variables[variable.name.value] else { continue }
                flag = value
            default: continue
            }
            if name == "skip" && flag { return false }
            if name == "include" && !flag { return false }
        }
        return true
    }
}
