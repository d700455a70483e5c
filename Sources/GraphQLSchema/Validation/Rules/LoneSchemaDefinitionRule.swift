import GraphQLLanguage

extension ValidationRule {
    /// Schema (spec §3.3): "A GraphQL schema is described by a single schema definition"; a
    /// type-system document may define the schema at most once.
    public static let loneSchemaDefinition = ValidationRule(name: "LoneSchemaDefinitionRule") { context, visitor in
        var count = 0
        visitor.onEnter(\.schemaDefinition) { schema in
            guard !schema.isExtension else { return }
            if count > 0 { context.report("Must provide only one schema definition.", schema.node.location) }
            count += 1
        }
    }
}
