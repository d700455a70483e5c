/// Which inspections a dataset holds: how many findings each reports, which target each visits,
/// in which round, and the window of days its inspection starts in.
///
/// Every inspection reports 30 to 60 findings (a triangular draw centred on 45, as real notices
/// do), and the sizes add up to exactly the findings asked for; a request for fewer than 30
/// findings gives one inspection with all of them. Targets are visited in rounds: each round
/// visits every target once, in a seeded order, and the rounds divide 2015-01-01…2024-06-30 between
/// them, so a target's inspections follow one another in time and reports reach into 2025.
struct InspectionSchedule {
    static let findingsPerInspection = 30...60
    /// Days since 1970-01-01 of the first and last possible start of an inspection.
    static let firstStart = 16436  // 2015-01-01
    static let lastStart = 19904   // 2024-06-30

    let sizes: [Int]
    let targetCount: Int
    let rounds: Int
    private let seed: UInt64

    init(seed: UInt64, findings: Int, targetCount: Int) {
        precondition(findings > 0 && targetCount > 0)
        self.seed = seed
        self.targetCount = targetCount
        var random = SplitMix64(seed: seed, stream: GeneratorStream.sizes)
        var sizes: [Int] = []
        var remaining = findings
        let range = Self.findingsPerInspection
        while remaining > 0 {
            let size: Int
            if remaining <= range.upperBound {
                size = remaining
            } else if remaining < range.upperBound + range.lowerBound {
                // Leave at least a whole inspection's worth for the last one.
                size = random.int(in: range.lowerBound...(remaining - range.lowerBound))
            } else {
                size = random.int(in: 15...30) + random.int(in: 15...30)
            }
            sizes.append(size)
            remaining -= size
        }
        self.sizes = sizes
        rounds = (sizes.count + targetCount - 1) / targetCount
    }

    var inspectionCount: Int { sizes.count }

    /// The round an inspection belongs to and its place in that round.
    func round(of ordinal: Int) -> (round: Int, slot: Int) {
        (ordinal / targetCount, ordinal % targetCount)
    }

    /// The order targets are visited in during `round`: a seeded permutation of their indexes.
    func visitingOrder(round: Int) -> [Int] {
        var random = SplitMix64(seed: seed, stream: GeneratorStream.schedule, index: UInt64(round))
        var order = Array(0..<targetCount)
        for index in stride(from: targetCount - 1, to: 0, by: -1) {
            order.swapAt(index, random.int(in: 0...index))
        }
        return order
    }

    /// The days a round's inspections may start on.
    func window(round: Int) -> ClosedRange<Int> {
        let span = Self.lastStart - Self.firstStart + 1
        let first = Self.firstStart + span * round / rounds
        let next = Self.firstStart + span * (round + 1) / rounds
        return first...max(first, next - 1)
    }
}
