/// A read-only map from names to positions, hashed with FNV-1a over UTF-8.
///
/// Validation looks types up by name for nearly every node; GraphQL names are short ASCII, for
/// which this is several times cheaper than the standard library's seeded SipHash (the table is
/// built from the schema, not from client input, so hash flooding is not a concern). One or two
/// names are compared without hashing: comparing unequal names costs nearly as much as hashing.
struct NameTable: Sendable {
    private var slots: [Int32]
    /// Every name, in order.
    let names: [String]
    private let mask: Int

    init(_ names: [String]) {
        self.names = names
        var capacity = 4
        while capacity < names.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: -1, count: names.count > NameTable.scanLimit ? capacity : 0)
        guard !slots.isEmpty else { return }
        for (position, name) in names.enumerated() where self.position(of: name) == nil {
            var slot = NameTable.hash(name) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position)
        }
    }

    private static var scanLimit: Int { 2 }

    /// The position of the first entry called `name`.
    @inline(__always)
    func position(of name: String) -> Int? {
        if slots.isEmpty {
            for position in names.indices where names[position] == name { return position }
            return nil
        }
        return position(of: name, hash: NameTable.hash(name))
    }

    /// The position of the first entry called `name`, whose ``hash(_:)`` is `hash`: a name the
    /// schema itself holds (a field's type, say) can have it worked out once.
    @inline(__always)
    func position(of name: String, hash: Int) -> Int? {
        if slots.isEmpty {
            for position in names.indices where names[position] == name { return position }
            return nil
        }
        var slot = hash & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if names[position] == name { return position }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    static func hash(_ name: String) -> Int {
        // Hashing the UTF-8 buffer directly avoids the per-byte checks of iterating `utf8`; every
        // native string (small ones included) has one.
        let hash = name.utf8.withContiguousStorageIfAvailable(hash(bytes:)) ?? hash(bytes: Array(name.utf8))
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    @inline(__always)
    private static func hash<Bytes: Collection<UInt8>>(bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
