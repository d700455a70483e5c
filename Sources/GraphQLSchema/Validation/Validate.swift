public import GraphQLLanguage

/// Validates an executable document against a schema (spec §5), running every rule in one
/// traversal and collecting errors in graphql-js's order and wording.
///
/// After `maxErrors` errors validation stops with one more error saying so, as graphql-js does.
/// Every error carries `extensions.code` `GRAPHQL_VALIDATION_FAILED`.
public func validate(
    _ document: Document,
    against schema: Schema,
    rules: [ValidationRule] = specifiedRules,
    maxErrors: Int = 100
) -> [GraphQLError] {
    runRules(rules, on: document, schema: schema, maxErrors: maxErrors)
}

/// Checks a type-system document against the SDL rules, with no schema to extend.
public func validateSDL(_ document: Document) -> [GraphQLError] {
    runRules(specifiedSDLRules, on: document, schema: nil, maxErrors: .max).map {
        GraphQLError($0.message, locations: $0.locations)
    }
}

private func runRules(_ rules: [ValidationRule], on document: Document, schema: Schema?, maxErrors: Int) -> [GraphQLError] {
    let typeInfo = TypeInfo(schema: schema)
    let context = ValidationContext(schema: schema, document: document, typeInfo: typeInfo, maxErrors: maxErrors)
    var visitor = ValidationVisitor()
    visitor.install(rules, context: context)
    var walker = DocumentWalker(visitor: visitor, typeInfo: typeInfo, context: context)
    walker.walk(document)
    return context.errors
}
