/// Request durations in Prometheus histogram buckets, lock-free.
///
/// Each observation adds to exactly one bucket (the first whose bound it does not exceed); the
/// cumulative counts Prometheus expects are summed when the text is written.
final class LatencyHistogram: Sendable {
    /// Upper bounds in seconds: sub-millisecond cache hits up to statement-timeout territory.
    static let bounds: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
    private static let boundNanoseconds: [UInt64] = bounds.map { UInt64($0 * 1e9) }

    /// One more than the bounds: the last counts observations above every bound (`+Inf`).
    let buckets: [Counter] = (0...LatencyHistogram.bounds.count).map { _ in Counter() }
    let sumMicroseconds = Counter()
    let count = Counter()

    func observe(nanoseconds: UInt64) {
        var index = 0
        let bounds = Self.boundNanoseconds
        while index < bounds.count, nanoseconds > bounds[index] { index += 1 }
        buckets[index].add()
        sumMicroseconds.add(Int(clamping: nanoseconds / 1000))
        count.add()
    }
}
