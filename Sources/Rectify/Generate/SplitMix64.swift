/// The generator's own pseudo-random numbers: SplitMix64 (Steele, Lea and Flood, "Fast
/// splittable pseudorandom number generators", OOPSLA 2014), the seeding generator of xoshiro.
///
/// Synthetic datasets must be byte-identical for the same seed on every run and machine, so the
/// generator draws from this fully specified 64-bit sequence and never from `random()`,
/// `SystemRandomNumberGenerator` or anything that depends on hash seeding. Only integer
/// arithmetic is used: no floating point whose last bit could differ between C libraries.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one part of the dataset (`stream` names the part, `index` the
    /// item), so an inspection's rows depend only on the seed and its ordinal.
    init(seed: UInt64, stream: UInt64, index: UInt64 = 0) {
        state = Self.mix(seed ^ Self.mix(stream &* 0x9E37_79B9_7F4A_7C15 &+ Self.mix(index)))
    }

    /// The SplitMix64 output function: a bijective mix of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform integer in `range` (Lemire's multiply-shift; the bias for ranges this small is
    /// below 2⁻³², invisible in synthetic data).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// A uniform index below `count`.
    mutating func index(below count: Int) -> Int {
        int(in: 0...(count - 1))
    }

    /// True with probability `perMille`/1000.
    mutating func chance(perMille: Int) -> Bool {
        int(in: 0...999) < perMille
    }

    /// An element of `items`, uniformly.
    mutating func pick<T>(_ items: [T]) -> T {
        items[index(below: items.count)]
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for weight in weights { total += weight }
        var ticket = int(in: 0...(total - 1))
        for (index, weight) in weights.enumerated() {
            if ticket < weight { return index }
            ticket -= weight
        }
        return weights.count - 1
    }

    /// A long-tailed index below `count`: index k is chosen with weight proportional to 1/(k+1)
    /// (Zipf), so the first few items are common and the rest rare.
    mutating func zipf(below count: Int) -> Int {
        let table = Self.harmonicTotals
        guard count <= table.count else { return index(below: count) }
        let ticket = int(in: 0...(table[count - 1] - 1))
        var index = 0
        while table[index] <= ticket { index += 1 }
        return index
    }

    /// Running totals of the weights 720720/(k+1) (720720 is divisible by 1…16, so the first
    /// weights are exact): `harmonicTotals[k]` is the sum of the weights of 0…k.
    private static let harmonicTotals: [Int] = {
        var totals: [Int] = []
        var sum = 0
        for k in 0..<512 {
            sum += 720_720 / (k + 1)
            totals.append(sum)
        }
        return totals
    }()
}
