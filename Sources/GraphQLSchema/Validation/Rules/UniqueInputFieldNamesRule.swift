import GraphQLLanguage

extension ValidationRule {
    /// Input Object Field Uniqueness (spec §5.6.3): "Input objects must not contain more than one
    /// field of the same name, otherwise an ambiguity would exist which includes an ignored portion
    /// of syntax."
    public static let uniqueInputFieldNames = ValidationRule(name: "UniqueInputFieldNamesRule") { context, visitor in
        // For each enclosing object literal: its fields and how many of them the walk has entered.
        // A field repeats a name when an earlier sibling has it; the first one is named with it.
        var levels: [(fields: [ObjectField], entered: Int)] = []
        visitor.onEnter(\.value) { value in
            guard case .object(let fields) = value.kind else { return }
            levels.append((fields, 0))
        }
        visitor.onLeave(\.value) { value in
            guard case .object = value.kind else { return }
            levels.removeLast()
        }
        visitor.onEnter(\.objectField) { field in
            let level = levels.count - 1
            let position = levels[level].entered
            levels[level].entered += 1
            let name = field.name
            if let first = levels[level].fields[..<position].first(where: { $0.name.value == name.value }) {
                context.report("There can be only one input field named \"\(name.value)\".", [first.name.location, name.location])
            }
        }
    }
}
