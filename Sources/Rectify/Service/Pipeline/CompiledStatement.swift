import GraphQLLanguage
import GraphQLSchema
import QueryCompiler

/// One SQL root field of a request as the service sends it: the statement's text and its
/// parameters in PostgreSQL's text format.
///
/// For `rectify-bench sql`, which prints the SQL a query compiles to and hands it to pgbench as
/// the benchmark's floor (what the database alone does with the very statements the service
/// sends).
package struct CompiledStatement: Sendable, Equatable {
    /// The response key of the root field the statement answers.
    package let responseKey: String
    /// The statement with `$1…$n` placeholders, the text the service prepares: the compiler's
    /// statement under the ``ResponseSizeGuard``, whose limit is the last parameter.
    package let sql: String
    /// The values of `$1…$n` in PostgreSQL's text input format, nil for NULL; the service sends
    /// them with unspecified types, so PostgreSQL infers each from the statement's casts.
    package let parameters: [String?]

    /// Why a request body compiles to no statements.
    package enum Failure: Error, CustomStringConvertible {
        /// The schema file cannot be loaded or does not match the domain mapping.
        case schema(ServiceStartError)
        /// The service would refuse the request: the messages its response would carry.
        case rejected([String])

        package var description: String {
            switch self {
            case .schema(let error): "\(error)"
            case .rejected(let messages): messages.joined(separator: "\n")
            }
        }
    }

    /// The statements a GraphQL-over-HTTP JSON body (as POSTed to `/graphql`) runs, in root
    /// field order; fields answered without SQL (`__typename`, introspection) have none.
    ///
    /// The request goes through ``RequestPipeline/prepare(_:isGET:)``, so it is accepted or
    /// refused exactly as the service would; the text comes from the same compile and bind the
    /// pipeline's plan cache holds (`prepare` keeps only libpq-ready statements).
    package static func compile(body: [UInt8], configuration: ServiceConfiguration) throws(Failure) -> [CompiledStatement] {
        let service: GraphQLService
        do {
            service = try ServiceSchema.load(path: configuration.schemaPath, limits: configuration.limits,
                                             parseOptions: configuration.parseOptions)
        } catch {
            throw .schema(error)
        }
        let request: GraphQLHTTPRequest
        switch GraphQLHTTPRequest.decode(body: body) {
        case .success(let decoded): request = decoded
        case .failure(let error): throw .rejected([error.message])
        }
        let pipeline = RequestPipeline(service: service, metrics: Metrics(), documentCacheCapacity: 1, planCacheCapacity: 1,
                                       maximumResponseBytes: configuration.maxResponseBytes)
        switch pipeline.prepare(request, isGET: false) {
        case .execute: break
        case .rejected(let errors), .failed(let errors): throw .rejected(errors.map(\.message))
        case .methodNotAllowed: preconditionFailure("a POST is never refused for its operation type")
        }
        // Accepted, so every step below succeeds as it did inside `prepare`.
        do {
            let document = try Parser.parse(request.query, options: service.parseOptions)
            let operation = try service.compiler.operation(in: document, named: request.operationName)
            let variables = try coerceVariableValues(service.schema, operation, inputs: request.variables).get()
            let bound = try service.compiler.compile(document, operationName: request.operationName, variables: variables).bind(variables)
            return bound.compactMap { field in
                guard case .sql(let text, let binds) = field.value else { return nil }
                return CompiledStatement(responseKey: field.responseKey,
                                         sql: ResponseSizeGuard.sql(wrapping: text, parameterCount: binds.count),
                                         parameters: binds.map(\.postgresText) + [String(configuration.maxResponseBytes)])
            }
        } catch {
            throw .rejected(["\(error)"])
        }
    }
}
