/// A bind parameter `$n` of a statement, with the type it is cast to.
///
/// `index` is 0-based into the statement's `bindSources`; the renderer writes `$(index + 1)`.
struct Bind: Sendable, Hashable {
    var index: Int
    var type: SQLType
}
