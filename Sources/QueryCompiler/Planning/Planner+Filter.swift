import GraphQLLanguage
import GraphQLSchema

/// Filters: `and`/`or`/`not`, per-field operators, and relation conditions.
///
/// Which fields and operators are present decides the condition's structure (they are part of the
/// variable shape); the operands are bind parameters. A null operand is the same as leaving the
/// operator out.
extension Planner {
    mutating func planFilter(_ ref: InputRef, entity: Entity, depth: Int) throws(QueryError) -> Condition {
        if depth > limits.maximumFilterDepth {
            throw QueryError(.filterTooDeep, "Argument \"\(ref.context.argument)\" nests filters more than \(limits.maximumFilterDepth) levels deep, the maximum.",
                             locations: ref.context.location.map { [$0] } ?? [], path: ref.context.path)
        }
        var terms: [Condition] = []
        for name in ref.presentFields(schema: schema, variables: variables) {
            let value = ref.field(name, schema: schema, variables: variables)
            switch name {
            case "and":
                var items: [Condition] = []
                for item in value.elements(variables: variables) { items.append(try planFilter(item, entity: entity, depth: depth + 1)) }
                terms.append(.and(items))
            case "or":
                var items: [Condition] = []
                for item in value.elements(variables: variables) { items.append(try planFilter(item, entity: entity, depth: depth + 1)) }
                terms.append(.or(items))
            case "not":
                terms.append(.not(try planFilter(value, entity: entity, depth: depth + 1)))
            case "id":
                terms.append(planOperators(value, column: entity.keyColumn, globalIDType: entity.typeName))
            default:
                if let column = entity.columns[name] {
                    terms.append(planOperators(value, column: column, globalIDType: nil))
                } else if let relation = entity.relations[name] {
                    let target = catalog.entity(relation.target)
                    if relation.isList {
                        for quantifier in value.presentFields(schema: schema, variables: variables) {
                            let inner = try planFilter(value.field(quantifier, schema: schema, variables: variables), entity: target, depth: depth + 1)
                            switch quantifier {
                            case "some": terms.append(.related(relation, .some, inner))
                            case "every": terms.append(.related(relation, .every, inner))
                            case "none": terms.append(.related(relation, .none, inner))
                            default: break
                            }
                        }
                    } else {
                        terms.append(.related(relation, .some, try planFilter(value, entity: target, depth: depth + 1)))
                    }
                }
            }
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    /// The operators of a leaf filter (`IntFilter`, `StringFilter`, …) on one column.
    private mutating func planOperators(_ ref: InputRef, column: Column, globalIDType: String?) -> Condition {
        var terms: [Condition] = []
        let leaf = column.type
        let maximum = limits.maximumListLength
        for name in ref.presentFields(schema: schema, variables: variables) {
            let value = ref.field(name, schema: schema, variables: variables)
            switch name {
            case "eq", "ne", "lt", "lte", "gt", "gte":
                let bind = if let globalIDType {
                    source(value, .globalIDKey(typeName: globalIDType), type: .bigint)
                } else {
                    source(value, .value(leaf), type: leaf.sqlType)
                }
                switch name {
                case "eq": terms.append(.compare(column, .equal, bind))
                case "ne": terms.append(globalIDType == nil ? .compare(column, .notEqual, bind) : .distinct(column, bind))
                case "lt": terms.append(.compare(column, .less, bind))
                case "lte": terms.append(.compare(column, .lessOrEqual, bind))
                case "gt": terms.append(.compare(column, .greater, bind))
                default: terms.append(.compare(column, .greaterOrEqual, bind))
                }
            case "in", "notIn":
                let bind = if let globalIDType {
                    source(value, .globalIDKeys(typeName: globalIDType, maximum: maximum), type: .bigintArray)
                } else {
                    source(value, .list(leaf, maximum: maximum), type: leaf.sqlType.array)
                }
                terms.append(.inList(column, bind, negated: name == "notIn"))
            case "isNull":
                terms.append(.isNull(column, value.booleanValue ?? true))
            case "contains":
                terms.append(.iLike(column, source(value, .contains, type: .text)))
            case "startsWith":
                terms.append(.iLike(column, source(value, .startsWith, type: .text)))
            default:
                break
            }
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }
}
