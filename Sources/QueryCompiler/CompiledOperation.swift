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
            /// Arguments refused while planning (`first` and `last` together): a field error each
            /// time the plan is bound, as a resolver would raise it.
            case failed(QueryError)
        }

        public let responseKey: String
        public let value: Value
        /// Whether the field's type is nullable: a field error on a non-null root field makes
        /// `data` null (spec §6.4.4 "Handling Field Errors").
        public let isNullable: Bool
        /// Sources the statement does not use but whose values must still be valid (a page size or
        /// cursor of a connection where only `totalCount` or `aggregate` is selected).
        let checks: [BindSource]
        /// The field's share of the operation's cost estimate (``CostTerm``).
        let cost: CostTerm

        init(responseKey: String, value: Value, isNullable: Bool, checks: [BindSource] = [], cost: CostTerm = .constant(0)) {
            self.responseKey = responseKey
            self.value = value
            self.isNullable = isNullable
            self.checks = checks
            self.cost = cost
        }
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

    /// The operation bound to one request's values: every root field's value, the field errors
    /// found while binding, and whether one of them makes `data` null.
    public struct BoundOperation: Sendable {
        /// The root fields in selection order; a nullable field whose arguments were refused is
        /// `.json("null")`. Empty when ``isDataNull``.
        public var fields: [BoundRootField]
        /// Field errors (spec §7.1.2 "path" and "locations" of the field), in selection order.
        public var errors: [QueryError]
        /// A non-null root field failed: the error propagates to the root and `data` is null
        /// (spec §6.4.4); nothing is run.
        public var isDataNull: Bool
    }

    public let rootFields: [RootField]
    let maximumCost: Int

    /// Binds each root field to this request's values, a refused argument value becoming a field
    /// error of its root field rather than of the whole request.
    ///
    /// Which refusals are field errors and which request errors follows where they are found:
    /// - a value of one field's argument — a malformed cursor in `after`/`before`, an invalid
    ///   global ID in `node(id:)`/`nodes(ids:)`, a negative page size, a page size over the
    ///   maximum, a list over the maximum length — is what a graphql-js resolver would throw while
    ///   resolving that field: a field error with the field's `path` and `locations`, the field
    ///   null (propagated to the nearest nullable parent, here the root field or `data`), the
    ///   other root fields still answered;
    /// - the cost estimate is a limit over the whole document computed before anything runs,
    ///   like depth, field and alias counts and filter nesting (checked while planning) and
    ///   graphql-js's own `maxTokens` (checked while parsing), and like the cost or node limits
    ///   that public GraphQL APIs check before execution: it stays a request error (thrown; no
    ///   `data`). It sums the cost of the root fields that were bound, so a refused page size is
    ///   reported as the field error it is, not as a cost.
    ///
    /// Like graphql-js executing synchronous resolvers in order, binding stops at the first
    /// non-null root field that fails: the errors of the fields before it are kept.
    ///
    /// The arguments of nested connections are checked with their root field's statement, before
    /// any row is read, so a refused nested argument fails its root field (all connections are
    /// non-null, so graphql-js would propagate the error at least that far when the parent rows
    /// exist) and its `path` leaves out list positions.
    public func bindRootFields(_ variables: CoercedVariables) throws(QueryError) -> BoundOperation {
        var evaluator = BindEvaluator(variables: variables.values)
        var bound = BoundOperation(fields: [], errors: [], isDataNull: false)
        bound.fields.reserveCapacity(rootFields.count)
        var estimate = 0
        for field in rootFields {
            do throws(QueryError) {
                let value = try bind(field, variables: variables, evaluator: &evaluator)
                estimate = CostTerm.add(estimate, try field.cost.evaluate(evaluator))
                bound.fields.append(BoundRootField(responseKey: field.responseKey, value: value))
            } catch {
                bound.errors.append(error)
                guard field.isNullable else {
                    bound.isDataNull = true
                    bound.fields = []
                    return bound
                }
                bound.fields.append(BoundRootField(responseKey: field.responseKey, value: .json("null")))
            }
        }
        if estimate > maximumCost {
            throw QueryError(.tooComplex, "The query's estimated cost is \(estimate); the maximum is \(maximumCost). Ask for smaller pages or fewer nested connections.")
        }
        return bound
    }

    /// Every root field bound, the first refused argument value thrown (for tools and tests that
    /// want the statements of an operation known to be valid).
    public func bind(_ variables: CoercedVariables) throws(QueryError) -> [BoundRootField] {
        let bound = try bindRootFields(variables)
        if let first = bound.errors.first { throw first }
        return bound.fields
    }

    private func bind(_ field: RootField, variables: CoercedVariables, evaluator: inout BindEvaluator) throws(QueryError) -> BoundRootField.Value {
        switch field.value {
        case .json(let json):
            return .json(json)
        case .introspection(let query):
            return .json(query.execute(variables: variables))
        case .failed(let error):
            throw error
        case .sql(let query):
            var binds: [SQLBindValue] = []
            binds.reserveCapacity(query.bindSources.count)
            for source in query.bindSources { binds.append(try evaluator.value(for: source)) }
            for source in field.checks { _ = try evaluator.value(for: source) }
            return .sql(text: query.text, binds: binds)
        }
    }

    /// The operation's estimated cost for these variables (see ``CostTerm``).
    public func estimatedCost(_ variables: CoercedVariables) throws(QueryError) -> Int {
        let evaluator = BindEvaluator(variables: variables.values)
        var total = 0
        for field in rootFields { total = CostTerm.add(total, try field.cost.evaluate(evaluator)) }
        return total
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
