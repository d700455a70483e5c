extension EventLoop {
    /// A callback due at a point on the loop's monotonic clock; owned by the loop thread.
    package final class Timer {
        let deadline: UInt64
        let sequence: UInt64
        private var body: (() -> Void)?

        init(deadline: UInt64, sequence: UInt64, body: @escaping () -> Void) {
            self.deadline = deadline
            self.sequence = sequence
            self.body = body
        }

        /// Whether the timer will still fire.
        package var isPending: Bool { body != nil }

        /// Keeps the timer from firing; its closure is released at once. Idempotent.
        package func cancel() {
            body = nil
        }

        func fire() {
            guard let body else { return }
            self.body = nil
            body()
        }
    }
}

/// A binary min-heap of timers by deadline, then scheduling order.
///
/// Cancelled timers stay in the heap until they reach the top, which keeps cancelling O(1); a
/// heap made mostly of cancelled timers is compacted so it cannot grow without bound.
struct TimerHeap {
    private var items: [EventLoop.Timer] = []
    private var insertionsSinceCompaction = 0

    var nextDeadline: UInt64? {
        mutating get {
        while let first = items.first, !first.isPending { _ = removeFirst() }
        return items.first?.deadline
        }
    }

    var count: Int { items.count }

    mutating func insert(_ timer: EventLoop.Timer) {
        insertionsSinceCompaction += 1
        if insertionsSinceCompaction >= 1024, items.count >= 1024 { compact() }
        items.append(timer)
        siftUp(items.count - 1)
    }

    mutating func popExpired(now: UInt64) -> EventLoop.Timer? {
        while let first = items.first {
            if !first.isPending { _ = removeFirst(); continue }
            guard first.deadline <= now else { return nil }
            return removeFirst()
        }
        return nil
    }

    private mutating func compact() {
        insertionsSinceCompaction = 0
        let live = items.filter(\.isPending)
        guard live.count < items.count / 2 else { return }
        items = []
        for timer in live {
            items.append(timer)
            siftUp(items.count - 1)
        }
    }

    private mutating func removeFirst() -> EventLoop.Timer {
        let first = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            siftDown(0)
        }
        return first
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        let left = items[a], right = items[b]
        return left.deadline != right.deadline ? left.deadline < right.deadline : left.sequence < right.sequence
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { return }
            items.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < items.count else { return }
            var smallest = left
            if left + 1 < items.count, precedes(left + 1, left) { smallest = left + 1 }
            guard precedes(smallest, parent) else { return }
            items.swapAt(smallest, parent)
            parent = smallest
        }
    }
}
