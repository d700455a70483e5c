/// A bounded least-recently-used map, confined to one event loop (no locks).
///
/// Bounded twice: by entry count and by total cost (the caller's measure of an entry's size,
/// e.g. the bytes of its query text), so neither many small entries nor a few huge ones can
/// grow a loop's memory without limit. Lookups and insertions are O(1): entries live in an array
/// linked in recency order by index, with a dictionary from key to slot.
struct LRUCache<Key: Hashable, Value> {
    private struct Node {
        var key: Key
        var value: Value
        var cost: Int
        var newer: Int
        var older: Int
    }

    let capacity: Int
    let maximumCost: Int
    private var slots: [Key: Int] = [:]
    private var nodes: [Node?] = []
    private var free: [Int] = []
    /// Most recently used, or -1 when empty.
    private var newest = -1
    /// Least recently used, or -1 when empty.
    private var oldest = -1
    private(set) var totalCost = 0

    init(capacity: Int, maximumCost: Int = .max) {
        self.capacity = max(0, capacity)
        self.maximumCost = maximumCost
    }

    var count: Int { slots.count }

    /// The value for `key`, which becomes the most recently used; nil when absent.
    mutating func value(for key: Key) -> Value? {
        guard let slot = slots[key] else { return nil }
        moveToFront(slot)
        return nodes[slot]!.value
    }

    /// Stores `value`, evicting the least recently used entries until both bounds hold. An entry
    /// costing more than the whole budget is not stored.
    mutating func insert(_ value: Value, for key: Key, cost: Int = 1) {
        if let slot = slots[key] {
            totalCost += cost - nodes[slot]!.cost
            nodes[slot]!.value = value
            nodes[slot]!.cost = cost
            moveToFront(slot)
            evict()
            return
        }
        guard capacity > 0, cost <= maximumCost else { return }
        let node = Node(key: key, value: value, cost: cost, newer: -1, older: newest)
        let slot: Int
        if let reused = free.popLast() {
            slot = reused
            nodes[slot] = node
        } else {
            slot = nodes.count
            nodes.append(node)
        }
        if newest >= 0 { nodes[newest]!.newer = slot }
        newest = slot
        if oldest < 0 { oldest = slot }
        slots[key] = slot
        totalCost += cost
        evict()
    }

    private mutating func evict() {
        while slots.count > capacity || totalCost > maximumCost, oldest >= 0 {
            remove(oldest)
        }
    }

    private mutating func remove(_ slot: Int) {
        let node = nodes[slot]!
        unlink(slot)
        slots[node.key] = nil
        totalCost -= node.cost
        nodes[slot] = nil
        free.append(slot)
    }

    private mutating func unlink(_ slot: Int) {
        let node = nodes[slot]!
        if node.newer >= 0 { nodes[node.newer]!.older = node.older } else { newest = node.older }
        if node.older >= 0 { nodes[node.older]!.newer = node.newer } else { oldest = node.newer }
    }

    private mutating func moveToFront(_ slot: Int) {
        guard slot != newest else { return }
        unlink(slot)
        nodes[slot]!.older = newest
        nodes[slot]!.newer = -1
        if newest >= 0 { nodes[newest]!.newer = slot }
        newest = slot
        if oldest < 0 { oldest = slot }
    }

    /// Keys from most to least recently used, for tests.
    var keysByRecency: [Key] {
        var keys: [Key] = []
        var slot = newest
        while slot >= 0 {
            keys.append(nodes[slot]!.key)
            slot = nodes[slot]!.older
        }
        return keys
    }
}
