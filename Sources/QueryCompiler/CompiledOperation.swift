import GraphQLLanguage
public import GraphQLSchema

/// A planned operation: for each root response key, in selection order, where its JSON comes from.
///
/// It holds no request values, so the service caches it by (document, operation name,
/// ``VariableShape``) and reuses it with ``bind(_:)`` for every request of that shape.
public struct CompiledOperation: Sendable {
    public struct RootField: Sendable {
        public enum Value: Sendable {
            /// Run the statement; its single `json` value is the field's value.
            case sql(SQLQuery)
            /// The field's value, already computed (`__typename`).
            case json(String)
            /// Introspection, answered in Swift from the schema.
            case introspection(IntrospectionQuery)
        }

        public let responseKey: String
        public let value: Value
    }

    /// A root field ready to run: statement text with parameter values, or JSON.
    public struct BoundRootField: Sendable {
        public enum Value: Sendable {
            case sql(text: String, binds: [SQLBindValue])
            case json(String)
        }

        public let responseKey: String
        public let value: Value
    }

    public let rootFields: [RootField]
    let cost: CostTerm
    let maximumCost: Int

    /// The statements' parameter values for one request, after the per-request checks: cursors,
    /// IDs, page sizes, list lengths, and the cost estimate (``CostTerm``).
    public func bind(_ variables: CoercedVariables) throws(QueryError) -> [BoundRootField] {
        var evaluator = BindEvaluator(variables: variables.values)
        var bound: [BoundRootField] = []
        bound.reserveCapacity(rootFields.count)
        for field in rootFields {
            switch field.value {
            case .json(let json):
                bound.append(BoundRootField(responseKey: field.responseKey, value: .json(json)))
            case .introspection(let query):
                bound.append(BoundRootField(responseKey: field.responseKey, value: .json(query.execute(variables: variables))))
            case .sql(let query):
                var binds: [SQLBindValue] = []
                binds.reserveCapacity(query.bindSources.count)
                for source in query.bindSources { binds.append(try evaluator.value(for: source)) }
                bound.append(BoundRootField(responseKey: field.responseKey, value: .sql(text: query.text, binds: binds)))
            }
        }
        let estimate = try cost.evaluate(evaluator)
        if estimate > maximumCost {
            throw QueryError(.tooComplex, "The query's estimated cost is \(estimate); the maximum is \(maximumCost). Ask for smaller pages or fewer nested connections.")
        }
        return bound
    }

    /// The operation's estimated cost for these variables (see ``CostTerm``).
    public func estimatedCost(_ variables: CoercedVariables) throws(QueryError) -> Int {
        try cost.evaluate(BindEvaluator(variables: variables.values))
    }
}

extension SQLQuery {
    /// The statement's parameter values for one request.
    public func binds(for variables: CoercedVariables) throws(QueryError) -> [SQLBindValue] {
        var evaluator = BindEvaluator(variables: variables.values)
        var binds: [SQLBindValue] = []
        for source in bindSources { binds.append(try evaluator.value(for: source)) }
        return binds
    }
}
