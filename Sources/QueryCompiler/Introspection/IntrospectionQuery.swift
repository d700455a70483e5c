import GraphQLLanguage
public import GraphQLSchema

/// A root introspection field (`__schema`, `__type`) of a compiled operation, executed in Swift.
///
/// An operation with variables runs it per request, because `__type(name: $name)` depends on
/// a variable's value, which the plan cache does not key on; one without variables is answered
/// once, at planning (``QueryCompiler/compile(_:operationName:variables:)``).
public struct IntrospectionQuery: Sendable {
    let schema: Schema
    let document: Document
    let fields: [Field]

    /// The field's JSON value for a request's variables.
    public func execute(variables: CoercedVariables) -> String {
        let collector = FieldCollector(schema: schema, document: document, variables: variables.values)
        let group = FieldCollector.Group(key: fields[0].responseKey, fields: fields)
        return IntrospectionExecutor(schema: schema, collector: collector).execute(group)
    }
}
