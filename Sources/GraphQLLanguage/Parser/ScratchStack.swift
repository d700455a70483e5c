/// A stack that collects the items of lists being parsed and hands each list out as an array of
/// exactly its size.
///
/// Nested lists (the selections of a selection set inside another) share one stack: a list
/// starts at the stack's current `count` and is popped whole when it closes, so inner lists are
/// always above outer ones. Items are moved, never copied, and the parse allocates each final
/// array once instead of growing it append by append. All pointer work is inside this type.
///
/// Storage is allocated at the first push: a document that never uses a stack (most have no
/// object values, say) pays nothing for it.
struct ScratchStack<Element>: ~Copyable {
    private var storage: UnsafeMutablePointer<Element>?
    private var capacity = 0
    private let initialCapacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        initialCapacity = capacity
    }

    deinit {
        guard let storage else { return }
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    @inline(__always)
    mutating func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage.unsafelyUnwrapped + count).initialize(to: consume element)
        count += 1
    }

    /// Removes and returns the top item.
    @inline(__always)
    mutating func pop() -> Element {
        precondition(count > 0, "pop from an empty scratch stack")
        count -= 1
        return (storage.unsafelyUnwrapped + count).move()
    }

    /// The top item, to read or change in place.
    var top: Element {
        get {
            precondition(count > 0, "top of an empty scratch stack")
            return storage.unsafelyUnwrapped[count - 1]
        }
        set {
            precondition(count > 0, "top of an empty scratch stack")
            storage.unsafelyUnwrapped[count - 1] = newValue
        }
    }

    /// The items from `start` to the top, moved into a new array and removed from the stack.
    mutating func popArray(from start: Int) -> [Element] {
        let length = count - start
        guard length > 0 else { return [] }
        // `reserveCapacity` and `append` are inlined and specialised; building the array with
        // `init(unsafeUninitializedCapacity:)` instead costs a run-time metadata lookup per call.
        var items: [Element] = []
        items.reserveCapacity(length)
        let storage = storage.unsafelyUnwrapped
        for index in start..<count {
            items.append((storage + index).move())
        }
        count = start
        return items
    }

    private mutating func grow() {
        let newCapacity = max(capacity * 2, initialCapacity)
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let storage {
            larger.moveInitialize(from: storage, count: count)
            storage.deallocate()
        }
        storage = larger
        capacity = newCapacity
    }
}
