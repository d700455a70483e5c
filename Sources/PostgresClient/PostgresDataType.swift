/// A PostgreSQL type OID, with names for the built-in types this client sends and decodes.
///
/// OIDs of built-in types are fixed by the server's catalog (`pg_type.dat`) and stable across
/// versions; `.unspecified` (0) lets the server infer a parameter's type from the statement.
package struct PostgresDataType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package let rawValue: UInt32

    package init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Let the server infer the type from how the parameter is used.
    package static let unspecified = PostgresDataType(rawValue: 0)
    package static let bool = PostgresDataType(rawValue: 16)
    package static let bytea = PostgresDataType(rawValue: 17)
    package static let char = PostgresDataType(rawValue: 18)
    package static let name = PostgresDataType(rawValue: 19)
    package static let int8 = PostgresDataType(rawValue: 20)
    package static let int2 = PostgresDataType(rawValue: 21)
    package static let int4 = PostgresDataType(rawValue: 23)
    package static let text = PostgresDataType(rawValue: 25)
    package static let oid = PostgresDataType(rawValue: 26)
    package static let json = PostgresDataType(rawValue: 114)
    package static let float4 = PostgresDataType(rawValue: 700)
    package static let float8 = PostgresDataType(rawValue: 701)
    package static let unknown = PostgresDataType(rawValue: 705)
    package static let bpchar = PostgresDataType(rawValue: 1042)
    package static let varchar = PostgresDataType(rawValue: 1043)
    package static let date = PostgresDataType(rawValue: 1082)
    package static let time = PostgresDataType(rawValue: 1083)
    package static let timestamp = PostgresDataType(rawValue: 1114)
    package static let timestamptz = PostgresDataType(rawValue: 1184)
    package static let interval = PostgresDataType(rawValue: 1186)
    package static let numeric = PostgresDataType(rawValue: 1700)
    package static let uuid = PostgresDataType(rawValue: 2950)
    package static let void = PostgresDataType(rawValue: 2278)
    package static let jsonb = PostgresDataType(rawValue: 3802)
    package static let textArray = PostgresDataType(rawValue: 1009)
    package static let int8Array = PostgresDataType(rawValue: 1016)

    package var description: String {
        switch self {
        case .unspecified: "unspecified"
        case .bool: "bool"
        case .bytea: "bytea"
        case .char: "char"
        case .name: "name"
        case .int8: "int8"
        case .int2: "int2"
        case .int4: "int4"
        case .text: "text"
        case .oid: "oid"
        case .json: "json"
        case .float4: "float4"
        case .float8: "float8"
        case .unknown: "unknown"
        case .bpchar: "bpchar"
        case .varchar: "varchar"
        case .date: "date"
        case .time: "time"
        case .timestamp: "timestamp"
        case .timestamptz: "timestamptz"
        case .interval: "interval"
        case .numeric: "numeric"
        case .uuid: "uuid"
        case .void: "void"
        case .jsonb: "jsonb"
        case .textArray: "text[]"
        case .int8Array: "int8[]"
        default: "oid \(rawValue)"
        }
    }

    /// Whether values of this type are integers PostgreSQL prints in plain decimal.
    var isInteger: Bool { self == .int2 || self == .int4 || self == .int8 || self == .oid }
    /// Whether values of this type are text a `String` decodes without interpretation.
    var isJSON: Bool { self == .json || self == .jsonb }
}
