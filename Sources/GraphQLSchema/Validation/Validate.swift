public import GraphQLLanguage

/// Validates an executable document against a schema (spec §5), running every rule in one
/// traversal and collecting errors in graphql-js's order and wording.
///
/// After `maxErrors` errors validation stops with one more error saying so, as graphql-js does.
/// Every error carries `extensions.code` `GRAPHQL_VALIDATION_FAILED`.
///
/// With the specified rules, a document is first checked by ``ValidityProof``, a single cheap
/// pass that proves most valid documents valid; the rules run only when it cannot.
public func validate(
    _ document: Document,
    against schema: Schema,
    rules: [ValidationRule] = specifiedRules,
    maxErrors: Int = 100
) -> [GraphQLError] {
    if ValidationRule.areSpecified(rules), ValidityProof.proves(document, validAgainst: schema) { return [] }
    return validateByRules(document, against: schema, rules: rules, maxErrors: maxErrors)
}

/// Checks a type-system document against the SDL rules, with no schema to extend.
public func validateSDL(_ document: Document) -> [GraphQLError] {
    runRules(specifiedSDLRules, on: document, schema: nil, maxErrors: .max).map {
        GraphQLError($0.message, locations: $0.locations)
    }
}

/// Validation by the rules alone, without ``ValidityProof``: what `validate` must always agree with.
func validateByRules(_ document: Document, against schema: Schema, rules: [ValidationRule], maxErrors: Int) -> [GraphQLError] {
    runRules(rules, on: document, schema: schema, maxErrors: maxErrors)
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
