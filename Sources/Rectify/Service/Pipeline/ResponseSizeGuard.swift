/// Wraps a root field's statement so that PostgreSQL itself withholds a value larger than the
/// response limit: the service never receives, let alone holds, an answer it would refuse.
///
/// The wrapped statement returns one row of two columns: `json`, the field's value or NULL when
/// its size exceeds the limit, and `size`, the value's size in bytes as PostgreSQL measures it
/// (`pg_column_size`: the text plus a header of at most four bytes, never less than the text,
/// found without reading the value). The limit is one more parameter, after the statement's own,
/// so one prepared statement serves every configured limit and no number is spliced into SQL.
///
/// The original statement becomes a scalar subquery under `OFFSET 0`, which keeps the planner
/// from inlining it into the outer select and so evaluates the JSON once, not once per mention.
/// Its result is one row and one column by construction (``QueryCompiler/SQLQuery``), so the
/// subquery's value is exactly the field's value, and NULL when the statement found no row.
enum ResponseSizeGuard {
    /// The statement `text` (with parameters `$1…$parameterCount`) guarded by the limit given in
    /// parameter `$(parameterCount + 1)`.
    static func sql(wrapping text: String, parameterCount: Int) -> String {
        let limit = "$\(parameterCount + 1)::int8"
        return "SELECT CASE WHEN pg_column_size(r.json) <= \(limit) THEN r.json END AS json, pg_column_size(r.json) AS size"
            + " FROM (SELECT (\(text)) AS json OFFSET 0) AS r"
    }
}
