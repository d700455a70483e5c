import GraphQLLanguage
import PostgresClient

/// Where the synchronous front half of a request ended: an answer already, or SQL to run.
enum PipelineOutcome {
    /// A GET asked for an operation other than a query: 405 with `Allow: POST` (GraphQL over
    /// HTTP, "GET": mutations MUST NOT be executed over GET).
    case methodNotAllowed(OperationType)
    /// A request error (spec §7.1.1): parse, validation, operation selection, variable coercion,
    /// a limit or a bad argument value. The response has no `data`.
    case rejected([GraphQLError])
    /// Execution could not proceed (a mutation against a schema without one, as graphql-js
    /// reports it from `execute`), or a field error reached a non-null root field (spec
    /// §6.4.4): `data` is null.
    case failed([GraphQLError])
    /// Ready: the root fields in selection order and the statements to run, in one pipeline.
    case execute(Execution)
}

/// A request whose statements are ready to send.
struct Execution {
    var fields: [ExecutionField]
    /// One per SQL root field, in the order the fields refer to them.
    var statements: [PendingQuery.Statement]
    /// Field errors found while binding (their fields are `null` in `fields`), reported before
    /// `data` in the response.
    var errors: [GraphQLError]
    /// The response limit the statements were bound with, which the job enforces as well.
    var maximumResponseBytes: Int
    var documentCacheHit: Bool
    var planCacheHit: Bool
}

/// One root field of the response and where its value comes from.
struct ExecutionField {
    enum Value {
        /// JSON computed in Swift (`__typename`, introspection).
        case json(String)
        /// The value of statement `index`'s single row (its first column, see
        /// ``ResponseSizeGuard``).
        case statement(Int)
    }

    var key: String
    var value: Value
}
