/// Filter conditions as SQL predicates on a row, comparisons left bare on the column so indexes
/// apply, relation conditions as `EXISTS` subqueries.
extension SQLGenerator {
    mutating func condition(_ condition: Condition, row: Identifier) -> SQLExpression {
        switch condition {
        case .and(let terms):
            var parts: [SQLExpression] = []
            for term in terms { parts.append(self.condition(term, row: row)) }
            return .and(parts)
        case .or(let terms):
            var parts: [SQLExpression] = []
            for term in terms { parts.append(self.condition(term, row: row)) }
            return .or(parts)
        case .not(let inner):
            return .isNotTrue(self.condition(inner, row: row))
        case .compare(let column, let op, let value):
            return .binary(column.sql(on: row), op, bind(value))
        case .distinct(let column, let value):
            return .isDistinctFrom(column.sql(on: row), bind(value))
        case .isNull(let column, let isNull):
            return isNull ? .isNull(column.sql(on: row)) : .isNotNull(column.sql(on: row))
        case .inList(let column, let value, let negated):
            let test = SQLExpression.any(column.sql(on: row), .equal, bind(value))
            return negated ? .not(test) : test
        case .iLike(let column, let value):
            return .binary(column.sql(on: row), .iLike, bind(value))
        case .related(let relation, let quantifier, let inner):
            var select = SQLSelect(columns: [SQLSelectColumn(.integer(1))])
            let target = joinPath(relation, from: row, into: &select).last ?? row
            let predicate = self.condition(inner, row: target)
            switch quantifier {
            case .some:
                if !SQLGenerator.isTrivial(inner) { select.addCondition(predicate) }
                return .exists(select)
            case .none:
                if !SQLGenerator.isTrivial(inner) { select.addCondition(predicate) }
                return .not(.exists(select))
            case .every:
                // Every related row matches: none fails to (an unknown result counts as failing).
                select.addCondition(.isNotTrue(predicate))
                return .not(.exists(select))
            }
        }
    }

    /// An empty filter (`{}`), which every row matches.
    static func isTrivial(_ condition: Condition) -> Bool {
        if case .and(let terms) = condition { return terms.isEmpty }
        return false
    }
}
