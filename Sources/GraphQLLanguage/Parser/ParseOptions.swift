/// Limits that protect the parser from hostile documents.
///
/// Both limits turn what would be runaway work (millions of tokens) or a stack overflow (deep
/// nesting) into a syntax error that names the limit.
public struct ParseOptions: Sendable, Hashable {
    /// The most tokens a document may hold, `<EOF>` aside; graphql-js's `maxTokens` option.
    public var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values and list types, together.
    ///
    /// The parser itself keeps nesting on explicit stacks, so any depth is safe for it; the limit
    /// protects what walks the AST afterwards. At 256 levels the AST's `==`, hashing and the
    /// printer run on a 512 KiB thread stack even in a debug build (the tests check it), and no
    /// real query nests that deep.
    public var maxDepth: Int

    public init(maxTokens: Int = 15_000, maxDepth: Int = 256) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}
