/// An estimate of how many rows an operation can make the database produce, checked against
/// ``QueryLimits/maximumCost`` before a statement runs.
///
/// graphql-js has no cost analysis; this is Rectify's formula. Every statement part that fetches
/// rows costs 1, and nested work is multiplied by how many times it can run:
///
/// - an object: the sum of the costs of its relation fields;
/// - a to-one relation: 1 + the cost of its object;
/// - a connection: 1 + *n* × (1 + the cost of its node selections) when edges, nodes or page info
///   are selected (*n* the page size: `first`, `last` or the default), + 1 for `totalCount`,
///   + 1 for `aggregate`, + for `groupBy` 1 + *g* × the cost of the key objects (*g* its `first`);
/// - `node(id:)`: 1 + the most expensive node type's object; `nodes(ids:)`: 1 + the number of IDs ×
///   that;
/// - the operation: the sum over its root fields.
///
/// So `findings(first: 20) { nodes { units(first: 20) { nodes { findings(first: 20) { totalCount } } } } }`
/// costs 1 + 20 × (1 + 1 + 20 × (1 + 1 + 1)) = 1 241. Page sizes may be variables, so the estimate
/// is a term evaluated with each request's values (cheap: a few multiplications).
indirect enum CostTerm: Sendable {
    case constant(Int)
    /// A page size: the request's value for the source (its default when absent).
    case pageSize(BindSource)
    /// The length of a list argument.
    case length(BindSource)
    case sum([CostTerm])
    case product(CostTerm, CostTerm)
    case maximum([CostTerm])

    /// The cost for the request's values, saturating instead of overflowing.
    func evaluate(_ evaluator: BindEvaluator) throws(QueryError) -> Int {
        switch self {
        case .constant(let value):
            return value
        case .pageSize(let source):
            guard case .pageSize(let defaultSize, let maximum, _, let limitName) = source.derivation else { return 1 }
            return try BindEvaluator.pageSize(evaluator.resolve(source.origin), defaultSize: defaultSize, maximum: maximum, limitName: limitName, context: source.context)
        case .length(let source):
            guard let value = evaluator.resolve(source.origin) else { return 0 }
            if case .list(let items) = value { return items.count }
            return value == .null ? 0 : 1
        case .sum(let terms):
            var total = 0
            for term in terms { total = CostTerm.add(total, try term.evaluate(evaluator)) }
            return total
        case .product(let left, let right):
            return CostTerm.multiply(try left.evaluate(evaluator), try right.evaluate(evaluator))
        case .maximum(let terms):
            var largest = 0
            for term in terms { largest = max(largest, try term.evaluate(evaluator)) }
            return largest
        }
    }

    /// The term with every part that no variable can change computed once, so a cached plan's
    /// per-request check evaluates only what depends on the request (often nothing at all).
    ///
    /// Exact: a fixed part is one whose value comes from literals and defaults only, and it is
    /// folded only when it evaluates without an error (a literal page size over the maximum stays,
    /// and fails each request as before). Every value is non-negative and additions saturate, so a
    /// sum's or maximum's fixed terms combine in any order; the remaining terms keep theirs, so
    /// the first error a request meets is the same.
    func folded() -> CostTerm {
        switch self {
        case .constant:
            return self
        case .pageSize(let source), .length(let source):
            guard source.origin.isFixed, let value = try? evaluate(BindEvaluator(variables: [:])) else { return self }
            return .constant(value)
        case .sum(let terms):
            var fixed = 0
            var rest: [CostTerm] = []
            for term in terms {
                let term = term.folded()
                if case .constant(let value) = term { fixed = CostTerm.add(fixed, value) } else { rest.append(term) }
            }
            if rest.isEmpty { return .constant(fixed) }
            if fixed != 0 { rest.append(.constant(fixed)) }
            return rest.count == 1 ? rest[0] : .sum(rest)
        case .product(let left, let right):
            let (left, right) = (left.folded(), right.folded())
            if case .constant(let a) = left, case .constant(let b) = right { return .constant(CostTerm.multiply(a, b)) }
            return .product(left, right)
        case .maximum(let terms):
            var fixed: Int?
            var rest: [CostTerm] = []
            for term in terms {
                let term = term.folded()
                if case .constant(let value) = term { fixed = max(fixed ?? value, value) } else { rest.append(term) }
            }
            if rest.isEmpty { return .constant(fixed ?? 0) }
            if let fixed { rest.append(.constant(fixed)) }
            return rest.count == 1 ? rest[0] : .maximum(rest)
        }
    }

    static func add(_ left: Int, _ right: Int) -> Int {
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? Int.max : sum
    }

    private static func multiply(_ left: Int, _ right: Int) -> Int {
        let (product, overflow) = left.multipliedReportingOverflow(by: right)
        return overflow ? Int.max : product
    }

    // MARK: Building

    static func of(_ plan: RootPlan) -> CostTerm {
        switch plan {
        case .connection(let connection):
            return of(connection)
        case .node(_, _, let arms):
            return .sum([.constant(1), .maximum(arms.map(of))])
        case .nodes(let ids, _, let arms):
            return .sum([.constant(1), .product(.length(ids), .maximum(arms.map(of)))])
        }
    }

    static func of(_ object: ObjectPlan) -> CostTerm {
        var terms: [CostTerm] = []
        for entry in object.entries {
            switch entry.value {
            case .object(_, let inner): terms.append(.sum([.constant(1), of(inner)]))
            case .connection(let connection): terms.append(of(connection))
            case .typename, .id, .column: break
            }
        }
        return .sum(terms)
    }

    static func of(_ connection: ConnectionPlan) -> CostTerm {
        var terms: [CostTerm] = [.constant(1)]
        var perRow: [CostTerm] = [.constant(1)]
        for entry in connection.entries {
            switch entry.value {
            case .nodes(let object): perRow.append(of(object))
            case .edges(let edges):
                for edgeEntry in edges.entries {
                    if case .node(let object) = edgeEntry.value { perRow.append(of(object)) }
                }
            case .totalCount, .aggregate: terms.append(.constant(1))
            case .groupBy(let groups):
                var keyObjects: [CostTerm] = []
                for (_, value) in groups.entries {
                    guard case .key(let key) = value else { continue }
                    for (_, keyValue) in key.entries {
                        if case .object(_, let object) = keyValue { keyObjects.append(.sum([.constant(1), of(object)])) }
                    }
                }
                terms.append(.sum([.constant(1), .product(.pageSize(groups.limit), .sum(keyObjects))]))
            case .typename, .pageInfo: break
            }
        }
        if connection.needsPage {
            terms.append(.product(.pageSize(connection.page.size), .sum(perRow)))
        }
        return .sum(terms)
    }
}

extension BindSource.Origin {
    /// Whether the origin's value is the same in every request: literals and defaults only.
    fileprivate var isFixed: Bool {
        switch self {
        case .constant, .absent: true
        case .list(let items): items.allSatisfy(\.isFixed)
        case .variable: false
        }
    }
}
