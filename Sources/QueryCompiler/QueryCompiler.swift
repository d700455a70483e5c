public import GraphQLLanguage
public import GraphQLSchema

/// Compiles validated GraphQL operations into SQL statements that PostgreSQL answers with JSON.
///
/// Use: make one compiler at start (`QueryCompiler(schema:mapping:limits:)` checks the mapping
/// against the schema); per request, compute ``variableShape(of:operationName:variables:)`` and look
/// up a cached ``CompiledOperation`` by (document, operation name, shape), compiling on a miss with
/// ``compile(_:operationName:variables:)``; then ``CompiledOperation/bind(_:)`` the request's
/// variables and run each root field's statement.
///
/// The SQL it generates is described at the top of `Planning/Planner.swift`: one statement per
/// root field, returning one row with one `json` column that is the field's value.
public struct QueryCompiler: Sendable {
    public let schema: Schema
    public let limits: QueryLimits
    let catalog: Catalog

    /// Checks `mapping` against `schema` and readies the compiler; throws every mismatch at once.
    public init(schema: Schema, mapping: Mapping, limits: QueryLimits = QueryLimits()) throws(MappingError) {
        self.schema = schema
        self.limits = limits
        self.catalog = try Catalog(schema: schema, mapping: mapping)
    }

    /// GetOperation (spec §6.1): the operation to run, chosen by name when there are several.
    public func operation(in document: Document, named operationName: String?) throws(QueryError) -> OperationDefinition {
        let operations = document.operations
        if let operationName {
            guard let operation = operations.first(where: { $0.name?.value == operationName }) else {
                throw QueryError(.operationNotFound, "Unknown operation named \"\(operationName)\".")
            }
            return operation
        }
        guard let only = operations.first else { throw QueryError(.operationNotFound, "Must provide an operation.") }
        guard operations.count == 1 else {
            throw QueryError(.operationNotFound, "Must provide operation name if query contains multiple operations.")
        }
        return only
    }

    /// The cache key part that depends on the variables (see ``VariableShape``).
    public func variableShape(of document: Document, operationName: String?, variables: CoercedVariables) throws(QueryError) -> VariableShape {
        VariableShape.of(try operation(in: document, named: operationName), variables: variables.values, schema: schema)
    }

    /// Plans the operation: one SQL statement per data root field, introspection answered now.
    ///
    /// The document must have passed validation; `variables` must be coerced
    /// (CoerceVariableValues). The result holds for every request whose variables have the same
    /// ``VariableShape``.
    public func compile(_ document: Document, operationName: String?, variables: CoercedVariables) throws(QueryError) -> CompiledOperation {
        let operation = try operation(in: document, named: operationName)
        guard operation.operation == .query, let queryType = schema.queryType else {
            throw QueryError(.unsupported, "Schema is not configured to execute \(operation.operation.rawValue) operation.",
                             locations: [operation.location.sourceLocation])
        }
        var planner = Planner(catalog: catalog, limits: limits, document: document, variables: variables.values)
        var rootFields: [CompiledOperation.RootField] = []
        for group in planner.collector.collect([operation.selectionSet], on: queryType.name) {
            let path: [PathComponent] = [.key(group.key)]
            try planner.count(group, depth: 1, path: path)
            switch group.name {
            case "__typename":
                var buffer: [UInt8] = []
                JSONWriter.writeString(queryType.name, into: &buffer)
                rootFields.append(CompiledOperation.RootField(responseKey: group.key, value: .json(String(decoding: buffer, as: UTF8.self)), isNullable: false))
            case "__schema", "__type":
                let query = IntrospectionQuery(schema: schema, document: document, fields: group.fields)
                // Without variable definitions nothing in the operation can vary between requests
                // (every variable used must be defined, §5.8.3), so the answer is part of the plan:
                // the introspection query GraphiQL and code generators send costs a cache lookup.
                let value: CompiledOperation.RootField.Value = operation.variableDefinitions.isEmpty
                    ? .json(query.execute(variables: variables)) : .introspection(query)
                rootFields.append(CompiledOperation.RootField(responseKey: group.key, value: value, isNullable: group.name == "__type"))
            default:
                let field = try planner.definition(of: group, on: queryType.name)
                do throws(QueryError) {
                    rootFields.append(try planSQLField(group, field: field, queryType: queryType.name, path: path, planner: &planner))
                } catch {
                    // A refused argument is the field's error, answered when bound; a limit or
                    // anything else refuses the whole request.
                    guard error.kind == .badUserInput else { throw error }
                    _ = planner.takeSources()
                    rootFields.append(CompiledOperation.RootField(responseKey: group.key, value: .failed(error), isNullable: !field.type.isNonNull))
                }
            }
        }
        return CompiledOperation(rootFields: rootFields, maximumCost: limits.maximumCost)
    }

    /// A data root field: its plan, its statement, the argument values to check that the
    /// statement does not use, and its cost.
    private func planSQLField(
        _ group: FieldCollector.Group, field: GraphQLField, queryType: String, path: [PathComponent], planner: inout Planner
    ) throws(QueryError) -> CompiledOperation.RootField {
        let plan: RootPlan
        switch group.name {
        case "node": plan = try planner.planNode(group, field: field, path: path)
        case "nodes": plan = try planner.planNodes(group, field: field, path: path)
        default:
            guard let element = schema.type(named: field.type.namedType)?.field(named: "nodes")?.type.namedType,
                  let entity = catalog.entities[element] else {
                throw QueryError.unknownField(group.name, on: queryType, at: group.first)
            }
            plan = .connection(try planner.planConnection(group, field: field, entity: entity, relation: nil, depth: 1, path: path))
        }
        // Every argument is checked, used by the statement or not (a page size where only
        // `totalCount` is selected), so what is selected never decides what is accepted.
        let query = SQLGenerator.statement(for: plan)
        let used = Set(query.bindSources)
        var checked = Set<BindSource>()
        let checks = planner.takeSources().filter { !used.contains($0) && checked.insert($0).inserted }
        return CompiledOperation.RootField(
            responseKey: group.key, value: .sql(query), isNullable: !field.type.isNonNull, checks: checks, cost: CostTerm.of(plan).folded())
    }
}
