/// Nested lists walked depth first on an explicit stack: the next item always comes from the
/// innermost list still open.
///
/// Fragment spreads can chain through thousands of fragments within the parser's token limit;
/// walking them with this instead of recursion keeps the thread's stack out of the attacker's reach
/// while visiting items in the same order recursion would.
struct DepthFirstStack<Item, Context> {
    private var frames: [(context: Context, items: [Item], next: Int)] = []

    var isEmpty: Bool { frames.isEmpty }

    /// Opens a list; its items come next, before the rest of the enclosing lists.
    mutating func push(_ items: [Item], context: Context) {
        frames.append((context, items, 0))
    }

    /// The next item and the context of its list; `finished` is told of each list as it runs out.
    mutating func next(finished: (Context) -> Void = { _ in }) -> (item: Item, context: Context)? {
        while let top = frames.indices.last {
            let position = frames[top].next
            guard position < frames[top].items.count else {
                let done = frames.removeLast()
                finished(done.context)
                continue
            }
            frames[top].next = position + 1
            return (frames[top].items[position], frames[top].context)
        }
        return nil
    }
}
