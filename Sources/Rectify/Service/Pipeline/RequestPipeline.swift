import GraphQLLanguage
import GraphQLSchema
import PostgresClient
import QueryCompiler

/// The synchronous front half of a GraphQL request on one event loop: parse and validate
/// (cached), select the operation, coerce the variables, find or compile the plan (cached) and
/// bind it, ending in statements ready to send or in an answer.
///
/// One per loop, touched only on that loop's thread, so the caches need no locks.
final class RequestPipeline {
    private let service: GraphQLService
    private let metrics: Metrics
    private var documents: DocumentCache
    private var plans: PlanCache

    /// `RECTIFY_MAX_RESPONSE_BYTES`: every statement carries it (see ``ResponseSizeGuard``).
    private let maximumResponseBytes: Int
    /// The limit as the statements' last parameter, in PostgreSQL's text format.
    private let maximumResponseBytesParameter: PostgresBind

    init(service: GraphQLService, metrics: Metrics, documentCacheCapacity: Int, planCacheCapacity: Int, maximumResponseBytes: Int) {
        self.service = service
        self.metrics = metrics
        self.maximumResponseBytes = maximumResponseBytes
        maximumResponseBytesParameter = PostgresBind(text: String(maximumResponseBytes))
        documents = DocumentCache(capacity: documentCacheCapacity)
        plans = PlanCache(capacity: planCacheCapacity)
    }

    /// Runs the front half for one request; `isGET` refuses operations other than queries
    /// before anything is validated or run.
    func prepare(_ request: GraphQLHTTPRequest, isGET: Bool) -> PipelineOutcome {
        let (cached, documentHit) = documents.document(for: request.query, schema: service.schema, options: service.parseOptions)
        (documentHit ? metrics.documentCacheHits : metrics.documentCacheMisses).add()
        guard let document = cached.document else { return .rejected(cached.errors) }
        // GraphQL over HTTP, "GET": the operation type decides before validation or execution.
        if isGET, let operation = try? service.compiler.operation(in: document, named: request.operationName),
           operation.operation != .query {
            return .methodNotAllowed(operation.operation)
        }
        guard cached.errors.isEmpty else { return .rejected(cached.errors) }

        let operation: OperationDefinition
        do {
            operation = try service.compiler.operation(in: document, named: request.operationName)
        } catch {
            return .rejected([error.graphQLError])
        }
        let variables: CoercedVariables
        switch coerceVariableValues(service.schema, operation, inputs: request.variables) {
        case .success(let coerced): variables = coerced
        case .failure(let failure): return .rejected(failure.errors.map(Self.badUserInput))
        }

        let plan: CachedPlan
        let planHit: Bool
        do {
            let shape = try service.compiler.variableShape(of: document, operationName: request.operationName, variables: variables)
            let key = PlanKey(documentID: cached.id, operationName: request.operationName, shape: shape)
            if let found = plans.plan(for: key) {
                plan = found
                planHit = true
            } else {
                plan = CachedPlan(try service.compiler.compile(document, operationName: request.operationName, variables: variables))
                plans.insert(plan, for: key)
                planHit = false
            }
        } catch {
            return error.kind == .unsupported ? .failed([error.graphQLError]) : .rejected([error.graphQLError])
        }
        (planHit ? metrics.planCacheHits : metrics.planCacheMisses).add()

        // A refused argument value is a field error of its root field; only the whole-document
        // cost limit is a request error (see `CompiledOperation.bindRootFields`).
        let bound: CompiledOperation.BoundOperation
        do {
            bound = try plan.operation.bindRootFields(variables)
        } catch {
            return .rejected([error.graphQLError])
        }
        let fieldErrors = bound.errors.map(\.graphQLError)
        if bound.isDataNull { return .failed(fieldErrors) }
        var execution = Execution(fields: [], statements: [], errors: fieldErrors, maximumResponseBytes: maximumResponseBytes,
                                  documentCacheHit: documentHit, planCacheHit: planHit)
        execution.fields.reserveCapacity(bound.fields.count)
        for (index, field) in bound.fields.enumerated() {
            switch field.value {
            case .json(let json):
                execution.fields.append(ExecutionField(key: field.responseKey, value: .json(json)))
            case .sql(_, let binds):
                guard let statement = plan.statements[index] else { preconditionFailure("a SQL root field without its statement") }
                var parameters: [PostgresBind] = []
                parameters.reserveCapacity(binds.count + 1)
                for bind in binds {
                    let text = bind.postgresText
                    if let text, text.utf8.contains(0) { return .rejected([Self.nulCharacterError]) }
                    parameters.append(PostgresBind(text: text))
                }
                parameters.append(maximumResponseBytesParameter)
                execution.fields.append(ExecutionField(key: field.responseKey, value: .statement(execution.statements.count)))
                // Single-row mode: each value reaches the job as it arrives, to be counted.
                execution.statements.append(.prepared(statement, PostgresParameters(parameters), singleRow: true))
            }
        }
        return .execute(execution)
    }

    /// A variable coercion error with its code: the message already names the variable and the
    /// place inside it (`Variable "$filter" got invalid value … at "filter.number.gt"`).
    private static func badUserInput(_ error: GraphQLError) -> GraphQLError {
        var error = error
        if error.code == nil { error.extensions.append(("code", ServiceErrorCode.badUserInput)) }
        return error
    }

    /// PostgreSQL text cannot hold U+0000, and libpq cannot send it: refused here, by name,
    /// rather than failing inside the database client.
    private static let nulCharacterError = GraphQLError(
        "A string value contains the character U+0000 (NUL), which cannot be searched for or stored.",
        extensions: [("code", ServiceErrorCode.badUserInput)])
}
