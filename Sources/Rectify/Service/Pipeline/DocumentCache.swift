import GraphQLLanguage
import GraphQLSchema

/// A parsed and validated document, as the cache keeps it: the document and its errors, so a
/// repeated bad query costs a lookup too.
struct CachedDocument {
    /// Unique per cache insertion on this loop: the plan cache's key for "this query text".
    let id: UInt64
    /// The document, or nil when the text does not parse.
    let document: Document?
    /// The syntax error, or the validation errors (spec §5); empty when the document is valid.
    let errors: [GraphQLError]

    var isValid: Bool { document != nil && errors.isEmpty }
}

/// Parse and validate results by query text, one cache per event loop (so no locks), bounded in
/// entries and in the bytes of query text it holds.
///
/// Validation depends only on the document and the schema, never on variables (spec §5), so a
/// validated document can be reused by every request that sends the same text.
struct DocumentCache {
    /// Texts longer than this are parsed every time rather than cached: they are rare, and each
    /// would displace many ordinary entries.
    static let maximumCachedTextBytes = 64 * 1024
    /// The query text a loop keeps, in bytes (the ASTs take several times more).
    static let maximumTotalTextBytes = 2 * 1024 * 1024

    private var entries: LRUCache<String, CachedDocument>
    private var nextID: UInt64 = 0

    init(capacity: Int) {
        entries = LRUCache(capacity: capacity, maximumCost: Self.maximumTotalTextBytes)
    }

    /// The cached result for `query`, or a fresh parse and validation (then cached); `hit` says
    /// which.
    mutating func document(for query: String, schema: Schema, options: ParseOptions) -> (document: CachedDocument, hit: Bool) {
        if let cached = entries.value(for: query) { return (cached, true) }
        nextID &+= 1
        let entry: CachedDocument
        do {
            let document = try Parser.parse(query, options: options)
            entry = CachedDocument(id: nextID, document: document, errors: validate(document, against: schema))
        } catch {
            entry = CachedDocument(id: nextID, document: nil, errors: [error])
        }
        let size = query.utf8.count
        if size <= Self.maximumCachedTextBytes {
            entries.insert(entry, for: query, cost: size)
        }
        return (entry, false)
    }
}
