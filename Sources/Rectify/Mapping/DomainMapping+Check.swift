public import GraphQLSchema
public import QueryCompiler

extension DomainMapping {
    /// Checks that every object field of `schema` is mapped and every mapped field exists in it,
    /// returning the compiler ready to use; throws a ``MappingError`` naming every mismatch.
    public static func check(against schema: Schema, limits: QueryLimits = QueryLimits()) throws(MappingError) -> QueryCompiler {
        try QueryCompiler(schema: schema, mapping: mapping, limits: limits)
    }
}
