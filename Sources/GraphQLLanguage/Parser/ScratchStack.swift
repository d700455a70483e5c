/// A stack that collects the items of lists being parsed and hands each list out as an array of
/// exactly its size.
///
/// Nested lists (the selections of a selection set inside another) share one stack: a list
/// starts at the stack's current `count` and is popped whole when it closes, so inner lists are
/// always above outer ones. Items are moved, never copied, and the parse allocates each final
/// array once instead of growing it append by append. All pointer work is inside this type.
struct ScratchStack<Element>: ~Copyable {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        storage = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    @inline(__always)
    mutating func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: consume element)
        count += 1
    }

    /// Removes and returns the top item.
    @inline(__always)
    mutating func pop() -> Element {
        precondition(count > 0, "pop from an empty scratch stack")
        count -= 1
        return (storage + count).move()
    }

    /// The items from `start` to the top, moved into a new array and removed from the stack.
    mutating func popArray(from start: Int) -> [Element] {
        let length = count - start
        guard length > 0 else { return [] }
        // `reserveCapacity` and `append` are inlined and specialised; building the array with
        // `init(unsafeUninitializedCapacity:)` instead costs a run-time metadata lookup per call.
        var items: [Element] = []
        items.reserveCapacity(length)
        for index in start..<count {
            items.append((storage + index).move())
        }
        count = start
        return items
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
