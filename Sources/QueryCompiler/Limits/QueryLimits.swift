/// The limits that keep one request from costing the database too much, each configurable.
///
/// Every limit has its own error code (see ``QueryError/Kind``) so clients and logs can tell which
/// one a request ran into.
public struct QueryLimits: Sendable, Hashable {
    /// The deepest nesting of fields (the root fields are at depth 1). `QUERY_TOO_DEEP`.
    public var maximumDepth: Int
    /// The most fields an operation may select once fragments are expanded. `TOO_MANY_FIELDS`.
    public var maximumFields: Int
    /// The most aliased fields an operation may contain. `TOO_MANY_ALIASES`.
    public var maximumAliases: Int
    /// The page size when neither `first` nor `last` is given.
    public var defaultPageSize: Int
    /// The largest `first` or `last`. `PAGE_SIZE_TOO_LARGE`.
    public var maximumPageSize: Int
    /// The number of groups `groupBy` returns when `first` is not given.
    public var defaultGroupCount: Int
    /// The largest `groupBy(first:)`. `PAGE_SIZE_TOO_LARGE`.
    public var maximumGroupCount: Int
    /// The largest estimated cost (``CostEstimate``). `QUERY_TOO_COMPLEX`.
    public var maximumCost: Int
    /// The longest list an `in`/`notIn` filter or `nodes(ids:)` accepts. `LIST_TOO_LONG`.
    public var maximumListLength: Int
    /// The deepest nesting of `and`/`or`/`not` and relation filters in one filter. `FILTER_TOO_DEEP`.
    public var maximumFilterDepth: Int

    public init(
        maximumDepth: Int = 12,
        maximumFields: Int = 500,
        maximumAliases: Int = 50,
        defaultPageSize: Int = 20,
        maximumPageSize: Int = 100,
        defaultGroupCount: Int = 100,
        maximumGroupCount: Int = 1000,
        maximumCost: Int = 50_000,
        maximumListLength: Int = 1000,
        maximumFilterDepth: Int = 8
    ) {
        self.maximumDepth = maximumDepth
        self.maximumFields = maximumFields
        self.maximumAliases = maximumAliases
        self.defaultPageSize = defaultPageSize
        self.maximumPageSize = maximumPageSize
        self.defaultGroupCount = defaultGroupCount
        self.maximumGroupCount = maximumGroupCount
        self.maximumCost = maximumCost
        self.maximumListLength = maximumListLength
        self.maximumFilterDepth = maximumFilterDepth
    }
}
