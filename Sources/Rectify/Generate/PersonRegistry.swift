/// The named people of a synthetic province: who holds a post in a unit during a term of office.
///
/// A named person is one row of `people`, shared by every notice that names them (key
/// `person:<unit key>:<name>`, as the importer writes). The row is written the first time a
/// notice names the person, so the table holds only people some notice names. Names are drawn
/// from the person's own stream and redrawn when the unit already has someone of that name, so
/// keys never collide.
struct PersonRegistry {
    /// A post in a unit during a term of office (five years, staggered between units).
    struct Slot: Hashable {
        let unit: Int
        let term: Int
        let post: Int
    }

    struct Person {
        let id: Int
        let name: [UInt8]
    }

    private let seed: UInt64
    private var people: [Slot: Person] = [:]
    private var holders: [String: Slot] = [:]

    init(seed: UInt64) {
        self.seed = seed
    }

    /// The term of office a day falls in for a unit.
    static func term(unit: Int, day: Int) -> Int {
        (day / 365 + unit % 5) / 5
    }

    /// The person holding `slot`, written to `people` with `role` the first time.
    mutating func person(_ slot: Slot, role: @autoclosure () -> [UInt8], province: SyntheticProvince,
                         unitIDs: UnitIDs, tables: inout DatasetTables) -> Person {
        if let person = people[slot] { return person }
        let unit = province.units[slot.unit]
        var attempt: UInt64 = 0
        var name: String
        var key: String
        repeat {
            var random = SplitMix64(seed: seed, stream: GeneratorStream.person,
                                    index: UInt64(slot.unit) << 24 ^ UInt64(slot.term) << 8 ^ UInt64(slot.post) ^ attempt << 40)
            name = SyntheticNames.personName(&random)
            key = "person:\(unit.key):\(name)"
            attempt += 1
        } while holders[key] != nil
        holders[key] = slot
        let id = tables.nextID(.people)
        let nameBytes = Array(name.utf8)
        let roleBytes = role()
        tables.row(.people) { row in
            row.int(id)
            row.text(key)
            row.text(nameBytes)
            row.text(roleBytes)
            row.int(unitIDs.id(slot.unit))
            row.null()
        }
        let person = Person(id: id, name: nameBytes)
        people[slot] = person
        return person
    }
}

/// The ids the province's units get: the database's highest unit id plus their index plus one.
struct UnitIDs {
    let base: Int

    func id(_ index: Int) -> Int {
        base + index + 1
    }
}
