import GraphQLLanguage
import GraphQLSchema
import QueryCompiler

/// What every loop's pipeline shares, read-only after start: the schema the server loaded, its
/// SDL text, the compiler checked against the domain mapping, and the parser's limits.
struct GraphQLService: Sendable {
    let schema: Schema
    let compiler: QueryCompiler
    /// The SDL exactly as loaded, served at `/schema.graphql`.
    let sdl: String
    let parseOptions: ParseOptions
}
