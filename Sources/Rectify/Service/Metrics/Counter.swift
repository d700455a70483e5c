import Synchronization

/// A process-wide count any loop thread may add to: a lock-free atomic, read on scrape.
///
/// A class so that arrays of counters (one per status code or error kind) can be built;
/// `Atomic` itself cannot be copied into an array.
final class Counter: Sendable {
    private let storage = Atomic<Int>(0)

    init() {}

    func add(_ amount: Int = 1) {
        storage.add(amount, ordering: .relaxed)
    }

    func subtract(_ amount: Int = 1) {
        storage.subtract(amount, ordering: .relaxed)
    }

    var value: Int { storage.load(ordering: .relaxed) }
}
