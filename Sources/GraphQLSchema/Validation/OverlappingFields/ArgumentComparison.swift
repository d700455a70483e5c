import GraphQLLanguage

/// Whether two fields are given the same arguments, comparing values as graphql-js does: by their
/// printed form with input object fields sorted by name.
enum ArgumentComparison {
    static func same(_ arguments1: [Argument], _ arguments2: [Argument]) -> Bool {
        if arguments1.isEmpty { return arguments2.isEmpty }
        if arguments2.isEmpty || arguments1.count != arguments2.count { return false }
        for argument1 in arguments1 {
            guard let argument2 = arguments2.first(where: { $0.name.value == argument1.name.value }) else { return false }
            if argument1.value != argument2.value && sorted(argument1.value) != sorted(argument2.value) { return false }
        }
        return true
    }

    /// The value with every input object's fields in natural order of their names.
    private static func sorted(_ value: Value) -> Value {
        switch value.kind {
        case .list(let items):
            return Value(.list(items.map(sorted)), location: value.location)
        case .object(let fields):
            let sortedFields = fields
                .map { ObjectField(name: $0.name, value: sorted($0.value), location: $0.location) }
                .enumerated()
                .sorted { lhs, rhs in
                    let order = Suggestions.naturalCompare(lhs.element.name.value, rhs.element.name.value)
                    return order != 0 ? order < 0 : lhs.offset < rhs.offset
                }
                .map(\.element)
            return Value(.object(sortedFields), location: value.location)
        default:
            return value
        }
    }
}
