import GraphQLLanguage

extension ValidationRule {
    /// Input Object Field Uniqueness (spec §5.6.3): "Input objects must not contain more than one
    /// field of the same name, otherwise an ambiguity would exist which includes an ignored portion
    /// of syntax."
    public static let uniqueInputFieldNames = ValidationRule(name: "UniqueInputFieldNamesRule") { context, visitor in
        var stack: [[String: Name]] = []
        var known: [String: Name] = [:]
        visitor.onEnter(\.value) { value in
            guard case .object = value.kind else { return }
            stack.append(known)
            known = [:]
        }
        visitor.onLeave(\.value) { value in
            guard case .object = value.kind else { return }
            known = stack.removeLast()
        }
        visitor.onEnter(\.objectField) { field in
            let name = field.name
            if let first = known[name.value] {
                context.report("There can be only one input field named \"\(name.value)\".", [first.location, name.location])
            } else {
                known[name.value] = name
            }
        }
    }
}
