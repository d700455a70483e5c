public import GraphQLLanguage

/// Why an operation cannot be compiled or its variables bound, as a GraphQL error would say it.
///
/// Messages talk about the request (arguments, fields, limits), never about SQL or tables.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// A bad cursor, global ID or argument value.
        case badUserInput = "BAD_USER_INPUT"
        case tooDeep = "QUERY_TOO_DEEP"
        case tooComplex = "QUERY_TOO_COMPLEX"
        case tooManyAliases = "TOO_MANY_ALIASES"
        case tooManyFields = "TOO_MANY_FIELDS"
        case pageSizeTooLarge = "PAGE_SIZE_TOO_LARGE"
        case listTooLong = "LIST_TOO_LONG"
        case filterTooDeep = "FILTER_TOO_DEEP"
        /// The document names no such operation, or several without a name to choose.
        case operationNotFound = "OPERATION_NOT_FOUND"
        /// Something the compiler does not support, e.g. a mutation against a read-only schema.
        case unsupported = "UNSUPPORTED_OPERATION"
    }

    public var kind: Kind
    public var message: String
    public var locations: [SourceLocation]
    public var path: [PathComponent]?

    public init(_ kind: Kind, _ message: String, locations: [SourceLocation] = [], path: [PathComponent]? = nil) {
        self.kind = kind
        self.message = message
        self.locations = locations
        self.path = path
    }

    /// A field the planner does not know on a type; validation (FieldsOnCorrectTypeRule) reports
    /// these first, so this is only reached with an unvalidated document.
    static func unknownField(_ name: String, on typeName: String, at field: Field) -> QueryError {
        QueryError(.unsupported, "Cannot query field \"\(name)\" on type \"\(typeName)\".", locations: [field.location.sourceLocation])
    }

    /// The error as a response reports it, `extensions.code` set to the kind.
    public var graphQLError: GraphQLError {
        GraphQLError(message, locations: locations, path: path, extensions: [("code", kind.rawValue)])
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
