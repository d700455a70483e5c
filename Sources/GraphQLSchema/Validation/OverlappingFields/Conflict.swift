import GraphQLLanguage

/// Two sets of fields that cannot be merged, and why.
struct Conflict {
    let reason: ConflictReason
    let fields1: [Field]
    let fields2: [Field]
}

/// Why fields under one response name conflict: a direct reason, or conflicts among subfields.
struct ConflictReason {
    enum Detail {
        case text(String)
        case subfields([ConflictReason])
    }

    let responseName: String
    let detail: Detail

    /// The reason as graphql-js words it, nesting subfield reasons with "and".
    var message: String {
        switch detail {
        case .text(let text):
            text
        case .subfields(let reasons):
            reasons.map { "subfields \"\($0.responseName)\" conflict because \($0.message)" }.joined(separator: " and ")
        }
    }
}

/// A field selection with what the comparison needs of its parent type and definition.
struct FieldAndDefinition {
    let parentTypeName: String?
    let parentIsObject: Bool
    let field: Field
    let definitionType: GraphQLType?
    /// Whether the definition's named type is a scalar or enum.
    let namedTypeIsLeaf: Bool
}

/// Fields of a selection set grouped by response name, in first-seen order.
final class FieldMap {
    private(set) var groups: [(responseName: String, fields: [FieldAndDefinition])] = []
    private var indexByName: [String: Int] = [:]

    func append(_ field: FieldAndDefinition, as responseName: String) {
        if let index = index(of: responseName) {
            groups[index].fields.append(field)
        } else {
            if groups.count == FieldMap.scanLimit {
                for (index, group) in groups.enumerated() { indexByName[group.responseName] = index }
            }
            if groups.count >= FieldMap.scanLimit { indexByName[responseName] = groups.count }
            groups.append((responseName, [field]))
        }
    }

    func fields(named responseName: String) -> [FieldAndDefinition]? {
        index(of: responseName).map { groups[$0].fields }
    }

    /// Small maps (most selection sets) are scanned rather than hashed.
    private func index(of responseName: String) -> Int? {
        if groups.count <= FieldMap.scanLimit { return groups.firstIndex { $0.responseName == responseName } }
        return indexByName[responseName]
    }

    private static let scanLimit = 8
}

/// Unordered pairs of fragment names already compared, remembering whether the comparison was
/// made with the parents mutually exclusive (graphql-js `PairSet`).
struct FragmentPairSet {
    private var data: [String: [String: Bool]] = [:]

    func contains(_ a: String, _ b: String, mutuallyExclusive: Bool) -> Bool {
        let (first, second) = a < b ? (a, b) : (b, a)
        guard let recorded = data[first]?[second] else { return false }
        return mutuallyExclusive ? true : recorded == mutuallyExclusive
    }

    mutating func insert(_ a: String, _ b: String, mutuallyExclusive: Bool) {
        let (first, second) = a < b ? (a, b) : (b, a)
        data[first, default: [:]][second] = mutuallyExclusive
    }
}
