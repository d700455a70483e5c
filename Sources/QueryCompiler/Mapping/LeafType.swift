/// How a leaf (scalar or enum) value travels between GraphQL and PostgreSQL.
///
/// Output: the SQL expression that makes `json_build_object` write the GraphQL serialisation
/// (Decimal as a string with exact digits, enum values upper-cased). Input: the type each bind
/// parameter is cast to.
struct LeafType: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case int, float, string, boolean, id, decimal, date, dateTime
        /// An enum stored as its GraphQL value in lower_snake_case.
        case enumeration(String)
        /// Any other custom scalar: text.
        case other
    }

    var kind: Kind
    /// `[T]`: the column is an array.
    var isList: Bool

    init(kind: Kind, isList: Bool = false) {
        self.kind = kind
        self.isList = isList
    }

    /// The leaf type of a named GraphQL scalar or enum.
    init(named name: String, isEnum: Bool, isList: Bool = false) {
        if isEnum {
            self.init(kind: .enumeration(name), isList: isList)
            return
        }
        let kind: Kind = switch name {
        case "Int": .int
        case "Float": .float
        case "String": .string
        case "Boolean": .boolean
        case "ID": .id
        case "Decimal": .decimal
        case "Date": .date
        case "DateTime": .dateTime
        default: .other
        }
        self.init(kind: kind, isList: isList)
    }

    /// The SQL type a bind of one such value is cast to.
    var sqlType: SQLType {
        let scalar: SQLType = switch kind {
        case .int: .integer
        case .float: .doublePrecision
        case .string, .enumeration, .other: .text
        case .boolean: .boolean
        case .id: .bigint
        case .decimal: .numeric
        case .date: .date
        case .dateTime: .timestamptz
        }
        return isList ? scalar.array : scalar
    }

    /// Whether values of this type can be compared with `<`, `>` (and so sorted and paged by).
    var isNumeric: Bool {
        switch kind {
        case .int, .float, .decimal: true
        default: false
        }
    }

    /// The expression whose JSON serialisation is this leaf's GraphQL serialisation.
    func output(_ expression: SQLExpression) -> SQLExpression {
        switch kind {
        case .decimal:
            return isList ? expression.cast(.textArray) : expression.cast(.text)
        case .enumeration:
            // lower_snake_case in the database, UPPER_SNAKE_CASE in GraphQL.
            return isList ? .subquery(SQLSelect(
                columns: [SQLSelectColumn(.aggregate(SQLAggregate(
                    function: .jsonAgg, arguments: [.call(.upper, [.column("e", "v")])], orderBy: [SQLOrderTerm(expression: .column("e", "n"), descending: false)])))],
                from: [.unnest([expression], alias: "e", columns: ["v", "n"])]))
                : .call(.upper, [expression])
        default:
            return expression
        }
    }
}

extension SQLExpression {
    func cast(_ type: SQLType) -> SQLExpression { .cast(self, type) }
}
