import PostgresClient
import QueryCompiler

/// What a compiled operation is cached under: the query text (by its document cache entry), the
/// operation chosen and the shape of the variables (see ``VariableShape``).
struct PlanKey: Hashable {
    let documentID: UInt64
    let operationName: String?
    let shape: VariableShape
}

/// A compiled operation with each SQL root field's prepared statement (the compiler's statement
/// under the ``ResponseSizeGuard``), named from a hash of its SQL text so every connection prepares it once and every later request only executes it.
struct CachedPlan {
    let operation: CompiledOperation
    /// Parallel to `operation.rootFields`: the statement for a SQL field, nil for JSON fields.
    let statements: [PostgresStatement?]

    init(_ operation: CompiledOperation) {
        self.operation = operation
        statements = operation.rootFields.map { field in
            if case .sql(let query) = field.value {
                PostgresStatement(ResponseSizeGuard.sql(wrapping: query.text, parameterCount: query.bindSources.count))
            } else {
                nil
            }
        }
    }

    /// The text held (SQL, and JSON answered at planning such as introspection), the measure of
    /// the entry's size.
    var cost: Int {
        var total = statements.reduce(64) { $0 + ($1?.sql.utf8.count ?? 0) }
        for field in operation.rootFields {
            if case .json(let json) = field.value { total += json.utf8.count }
        }
        return total
    }
}

/// Compiled plans, one cache per event loop, bounded in entries and in the text they hold.
struct PlanCache {
    static let maximumTotalTextBytes = 16 * 1024 * 1024

    private var entries: LRUCache<PlanKey, CachedPlan>

    init(capacity: Int) {
        entries = LRUCache(capacity: capacity, maximumCost: Self.maximumTotalTextBytes)
    }

    mutating func plan(for key: PlanKey) -> CachedPlan? {
        entries.value(for: key)
    }

    mutating func insert(_ plan: CachedPlan, for key: PlanKey) {
        entries.insert(plan, for: key, cost: plan.cost)
    }
}
