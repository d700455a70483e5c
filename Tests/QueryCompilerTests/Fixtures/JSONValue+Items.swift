import GraphQLLanguage

extension JSONValue {
    /// The elements of an array, empty for anything else.
    var items: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}

/// Where two JSON values first differ (`$.__schema.types[3].name: "A" vs "B"`), for readable failures.
func firstDifference(_ actual: JSONValue, _ expected: JSONValue, at path: String = "$") -> String? {
    switch (actual, expected) {
    case (.array(let left), .array(let right)):
        for (index, pair) in zip(left, right).enumerated() {
            if let difference = firstDifference(pair.0, pair.1, at: "\(path)[\(index)]") { return difference }
        }
        return left.count == right.count ? nil : "\(path): \(left.count) items vs \(right.count)"
    case (.object(let left), .object(let right)):
        if left.map(\.key) != right.map(\.key) { return "\(path): keys \(left.map(\.key)) vs \(right.map(\.key))" }
        for (leftMember, rightMember) in zip(left, right) {
            if let difference = firstDifference(leftMember.value, rightMember.value, at: "\(path).\(leftMember.key)") { return difference }
        }
        return nil
    default:
        return actual == expected ? nil : "\(path): \(actual) vs \(expected)"
    }
}
