/// A five-character SQLSTATE code, with names for the codes callers branch on.
///
/// Codes and classes are those of PostgreSQL's Appendix A
/// (https://www.postgresql.org/docs/15/errcodes-appendix.html); the first two characters are the
/// class, so `class` lets callers test for "any integrity constraint violation" (`23`) at once.
package struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    package let rawValue: String

    package init(rawValue: String) { self.rawValue = rawValue }
    package init(stringLiteral value: String) { self.rawValue = value }

    /// The two-character class (`"23"` for integrity constraint violations).
    package var `class`: String { String(rawValue.prefix(2)) }

    package var description: String { rawValue }

    // Class 08: connection exception.
    package static let connectionException: SQLState = "08000"
    package static let connectionDoesNotExist: SQLState = "08003"
    package static let connectionFailure: SQLState = "08006"
    // Class 0A / 21 / 22: feature, cardinality, data.
    package static let featureNotSupported: SQLState = "0A000"
    package static let cardinalityViolation: SQLState = "21000"
    package static let dataException: SQLState = "22000"
    package static let stringDataRightTruncation: SQLState = "22001"
    package static let numericValueOutOfRange: SQLState = "22003"
    package static let nullValueNotAllowed: SQLState = "22004"
    package static let invalidDatetimeFormat: SQLState = "22007"
    package static let datetimeFieldOverflow: SQLState = "22008"
    package static let divisionByZero: SQLState = "22012"
    package static let invalidTextRepresentation: SQLState = "22P02"
    package static let invalidJSONText: SQLState = "22P05"
    package static let characterNotInRepertoire: SQLState = "22021"
    // Class 23: integrity constraint violation.
    package static let integrityConstraintViolation: SQLState = "23000"
    package static let restrictViolation: SQLState = "23001"
    package static let notNullViolation: SQLState = "23502"
    package static let foreignKeyViolation: SQLState = "23503"
    package static let uniqueViolation: SQLState = "23505"
    package static let checkViolation: SQLState = "23514"
    package static let exclusionViolation: SQLState = "23P01"
    // Class 25 / 26 / 28: transaction state, statement name, authorization.
    package static let activeSQLTransaction: SQLState = "25001"
    package static let noActiveSQLTransaction: SQLState = "25P01"
    package static let inFailedSQLTransaction: SQLState = "25P02"
    package static let invalidSQLStatementName: SQLState = "26000"
    package static let invalidAuthorizationSpecification: SQLState = "28000"
    package static let invalidPassword: SQLState = "28P01"
    // Class 3D / 3F / 40: catalog, schema, transaction rollback.
    package static let invalidCatalogName: SQLState = "3D000"
    package static let invalidSchemaName: SQLState = "3F000"
    package static let serializationFailure: SQLState = "40001"
    package static let deadlockDetected: SQLState = "40P01"
    // Class 42: syntax error or access rule violation.
    package static let syntaxError: SQLState = "42601"
    package static let insufficientPrivilege: SQLState = "42501"
    package static let undefinedColumn: SQLState = "42703"
    package static let undefinedFunction: SQLState = "42883"
    package static let undefinedTable: SQLState = "42P01"
    package static let undefinedParameter: SQLState = "42P02"
    package static let duplicatePreparedStatement: SQLState = "42P05"
    package static let duplicateTable: SQLState = "42P07"
    package static let duplicateObject: SQLState = "42710"
    package static let duplicateDatabase: SQLState = "42P04"
    package static let duplicateSchema: SQLState = "42P06"
    package static let datatypeMismatch: SQLState = "42804"
    package static let undefinedObject: SQLState = "42704"
    package static let ambiguousColumn: SQLState = "42702"
    // Class 53 / 54 / 55 / 57: resources, limits, state, operator intervention.
    package static let insufficientResources: SQLState = "53000"
    package static let outOfMemory: SQLState = "53200"
    package static let tooManyConnections: SQLState = "53300"
    package static let programLimitExceeded: SQLState = "54000"
    package static let objectInUse: SQLState = "55006"
    package static let lockNotAvailable: SQLState = "55P03"
    package static let queryCanceled: SQLState = "57014"
    package static let adminShutdown: SQLState = "57P01"
    package static let crashShutdown: SQLState = "57P02"
    package static let cannotConnectNow: SQLState = "57P03"
    // Class XX: internal error.
    package static let internalError: SQLState = "XX000"
}
