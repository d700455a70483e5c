/// The independent random streams a dataset is drawn from, one per part, so that changing how
/// one part is drawn never shifts another (see ``SplitMix64/init(seed:stream:index:)``).
enum GeneratorStream {
    static let province: UInt64 = 1
    static let sizes: UInt64 = 2
    static let schedule: UInt64 = 3
    static let inspection: UInt64 = 4
    static let person: UInt64 = 5
}
