package import GraphQLSchema
package import HTTPServer
package import QueryCompiler

/// Why the server could not start, each with what to fix.
package enum ServiceStartError: Error, CustomStringConvertible {
    case schemaUnreadable(path: String, reason: String)
    case schemaInvalid(path: String, SchemaError)
    case mappingMismatch(MappingError)
    case invalidDatabaseURL(reason: String)
    case cannotListen(HTTPServerError)

    package var description: String {
        switch self {
        case .schemaUnreadable(let path, let reason):
            "cannot read the schema \(path): \(reason) (set RECTIFY_SCHEMA to its path)"
        case .schemaInvalid(let path, let error):
            "the schema \(path) is not valid:\n\(error)"
        case .mappingMismatch(let error):
            "the schema and the domain mapping (Sources/Rectify/Mapping) disagree. \(error)"
        case .invalidDatabaseURL(let reason):
            "the database URL is not valid: \(reason)"
        case .cannotListen(let error):
            "\(error)"
        }
    }
}
