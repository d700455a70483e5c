import GraphQLLanguage

extension ValidationRule {
    /// Variable Uniqueness (spec §5.8.1): "If any operation defines more than one variable with
    /// the same name, it is ambiguous and invalid."
    public static let uniqueVariableNames = ValidationRule(name: "UniqueVariableNamesRule") { context, visitor in
        visitor.onEnter(\.operation) { operation in
            let definitions = operation.variableDefinitions
            guard definitions.count > 1, hasRepeatedName(definitions.lazy.map(\.variable.name.value)) else { return }
            for group in groupedByName(definitions.map(\.variable.name)) where group.count > 1 {
                context.report("There can be only one variable named \"$\(group[0].value)\".", group.map(\.location))
            }
        }
    }

    /// Whether any name occurs twice; allocation-free, since almost every list has no repeats.
    static func hasRepeatedName<Names: Collection>(_ names: Names) -> Bool where Names.Element == String {
        var index = names.startIndex
        while index != names.endIndex {
            let name = names[index]
            names.formIndex(after: &index)
            if names[index...].contains(name) { return true }
        }
        return false
    }

    /// Names grouped by value, groups in order of first appearance (graphql-js `groupBy`).
    static func groupedByName(_ names: [Name]) -> [[Name]] {
        var groups: [[Name]] = []
        var indexByValue: [String: Int] = [:]
        for name in names {
            if let index = indexByValue[name.value] {
                groups[index].append(name)
            } else {
                indexByValue[name.value] = groups.count
                groups.append([name])
            }
        }
        return groups
    }
}
