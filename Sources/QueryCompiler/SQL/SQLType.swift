/// A PostgreSQL type a bind parameter or expression is cast to.
///
/// Every bind is sent as text and cast in the statement (`$1::bigint`), so the statement's meaning
/// never depends on the parameter types the client declares and the same text prepares once.
public enum SQLType: String, Sendable, Hashable {
    case bigint
    case integer
    case doublePrecision = "double precision"
    case text
    case boolean
    case numeric
    case date
    case timestamptz
    case json
    case bigintArray = "bigint[]"
    case integerArray = "integer[]"
    case doublePrecisionArray = "double precision[]"
    case textArray = "text[]"
    case booleanArray = "boolean[]"
    case numericArray = "numeric[]"
    case dateArray = "date[]"
    case timestamptzArray = "timestamptz[]"

    /// The array type whose elements are of this type.
    var array: SQLType {
        switch self {
        case .bigint, .bigintArray: .bigintArray
        case .integer, .integerArray: .integerArray
        case .doublePrecision, .doublePrecisionArray: .doublePrecisionArray
        case .text, .textArray, .json: .textArray
        case .boolean, .booleanArray: .booleanArray
        case .numeric, .numericArray: .numericArray
        case .date, .dateArray: .dateArray
        case .timestamptz, .timestamptzArray: .timestamptzArray
        }
    }
}
