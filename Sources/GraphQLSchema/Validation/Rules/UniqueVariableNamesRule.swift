import GraphQLLanguage

extension ValidationRule {
    /// Variable Uniqueness (spec §5.8.1): "If any operation defines more than one variable with
    /// the same name, it is ambiguous and invalid."
    public static let uniqueVariableNames = ValidationRule(name: "UniqueVariableNamesRule") { context, visitor in
        visitor.onEnter(\.operation) { operation in
            for group in groupedByName(operation.variableDefinitions.map(\.variable.name)) where group.count > 1 {
                context.report("There can be only one variable named \"$\(group[0].value)\".", group.map(\.location))
            }
        }
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
