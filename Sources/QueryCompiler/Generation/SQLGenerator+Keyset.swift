/// Keyset pagination predicates: "strictly after the cursor" and its relatives, written so that a
/// B-tree index on the sort keys serves them.
///
/// When every key is non-null and all sort the same way, the predicate is a row comparison,
/// `(k0, k1) > ($1, $2)`, which PostgreSQL turns into an index range. Otherwise it is the expanded
/// form `k0 > v0 OR (k0 = v0 AND k1 > v1) …`, with null-aware comparisons for nullable keys
/// (nulls sort last ascending and first descending, PostgreSQL's default).
extension SQLGenerator {
    /// Rows strictly later (`later`) or strictly earlier than the cursor in the ordering.
    func keyset(_ ordering: Ordering, keys: [SQLExpression], cursor: [SQLExpression], later: Bool) -> SQLExpression {
        if let direction = SQLGenerator.uniformDirection(ordering) {
            let ascendingLater = later != direction
            return SQLGenerator.compare(keys, ascendingLater ? .greater : .less, cursor)
        }
        var alternatives: [SQLExpression] = []
        for index in ordering.keys.indices {
            var terms: [SQLExpression] = []
            for previous in 0..<index {
                terms.append(SQLGenerator.equal(keys[previous], cursor[previous], nullable: ordering.keys[previous].isNullable))
            }
            let key = ordering.keys[index]
            terms.append(SQLGenerator.beyond(keys[index], cursor[index], descending: key.descending, nullable: key.isNullable, later: later))
            alternatives.append(terms.count == 1 ? terms[0] : .and(terms))
        }
        return .or(alternatives)
    }

    /// Rows at the cursor or past it (`later`: at or later; otherwise at or earlier).
    func atOrBeyond(_ ordering: Ordering, keys: [SQLExpression], cursor: [SQLExpression], later: Bool) -> SQLExpression {
        if let direction = SQLGenerator.uniformDirection(ordering) {
            let ascendingLater = later != direction
            return SQLGenerator.compare(keys, ascendingLater ? .greaterOrEqual : .lessOrEqual, cursor)
        }
        return .isNotTrue(keyset(ordering, keys: keys, cursor: cursor, later: !later))
    }

    /// The common direction (`true` descending) when every key is non-null and sorts the same way.
    private static func uniformDirection(_ ordering: Ordering) -> Bool? {
        guard let first = ordering.keys.first,
              ordering.keys.allSatisfy({ !$0.isNullable && $0.descending == first.descending }) else { return nil }
        return first.descending
    }

    /// A row comparison, or a plain one for a single key.
    private static func compare(_ keys: [SQLExpression], _ op: SQLOperator, _ values: [SQLExpression]) -> SQLExpression {
        keys.count == 1 ? .binary(keys[0], op, values[0]) : .rowComparison(keys, op, values)
    }

    private static func equal(_ key: SQLExpression, _ value: SQLExpression, nullable: Bool) -> SQLExpression {
        nullable ? .isNotDistinctFrom(key, value) : .binary(key, .equal, value)
    }

    /// `key` strictly past `value` in one key's order.
    private static func beyond(_ key: SQLExpression, _ value: SQLExpression, descending: Bool, nullable: Bool, later: Bool) -> SQLExpression {
        // Whether "past" means a larger value (ascending and later, or descending and earlier).
        let larger = later != descending
        guard nullable else { return .binary(key, larger ? .greater : .less, value) }
        // Nulls sit at the large end: last ascending, first descending.
        if larger {
            // Larger than a null: nothing; larger than a value: larger values and the nulls.
            return .and([.isNotNull(value), .or([.binary(key, .greater, value), .isNull(key)])])
        }
        // Smaller than a null: every value; smaller than a value: smaller values.
        return .or([.and([.isNull(value), .isNotNull(key)]), .binary(key, .less, value)])
    }
}
