/// Builds a ``SyntheticProvince``: the units of the province, then of each city and county, and
/// the inspection targets with the neighbourhood of units their findings concern.
struct ProvinceBuilder {
    private(set) var units: [SyntheticUnit] = []
    private(set) var targets: [InspectionTarget] = []
    var random: SplitMix64
    let keyPrefix: String
    private var placeNames: Set<String> = []

    init(seed: UInt64) {
        random = SplitMix64(seed: seed, stream: GeneratorStream.province)
        keyPrefix = SyntheticProvince.keyPrefix(seed: seed)
    }

    /// The province's top bodies, the parents of each city's.
    struct Parents {
        let committee: Int
        let government: Int
        let discipline: Int
        let educationBureau: Int
    }

    mutating func build() {
        let province = placeName() + "省"
        let committee = add("province-party-committee", "中共\(province)委员会", short: "省委", kind: .partyOrganisation)
        let government = add("province-government", "\(province)人民政府", short: "省政府", kind: .governmentOffice)
        let discipline = add("province-discipline-commission", "中共\(province)纪律检查委员会、\(province)监察委员会",
                             short: "省纪委监委", kind: .disciplineBody)
        let education = add("province-education-department", "\(province)教育厅", short: "省教育厅", kind: .bureau, parent: government)
        let top = Parents(committee: committee, government: government, discipline: discipline, educationBureau: education)
        for city in 0..<SyntheticProvince.cityCount {
            let cityName = placeName() + "市"
            let cityParents = buildArea(code: "c\(city)", name: cityName, isCity: true, parents: top)
            for county in 0..<random.int(in: SyntheticProvince.countiesPerCity) {
                // The first counties of a city are its urban districts.
                let countyName = placeName() + (county < 2 ? "区" : "县")
                _ = buildArea(code: "c\(city)-k\(county)", name: countyName, isCity: false, parents: cityParents)
            }
        }
    }

    /// Adds a unit; returns its index.
    mutating func add(_ key: String, _ name: String, short: String? = nil, aliases: [String] = [],
                      kind: UnitKind, parent: Int? = nil) -> Int {
        units.append(SyntheticUnit(key: keyPrefix + key, name: name, shortName: short, aliases: aliases, kind: kind, parent: parent))
        return units.count - 1
    }

    mutating func addTarget(_ target: InspectionTarget) {
        targets.append(target)
    }

    /// A two-character place name not used before in this province.
    mutating func placeName() -> String {
        while true {
            let name = String(random.pick(SyntheticNames.placeFirst)) + String(random.pick(SyntheticNames.placeSecond))
            if name.first != name.last, placeNames.insert(name).inserted { return name }
        }
    }

    /// A two-character town name not used before in this province (the county name keeps towns
    /// of different counties apart in full names, but short names should not repeat either).
    mutating func townName() -> String {
        while true {
            let name = String(random.pick(SyntheticNames.townFirst)) + String(random.pick(SyntheticNames.townSecond))
            if placeNames.insert(name).inserted { return name }
        }
    }

    /// `items` in a seeded random order.
    mutating func shuffled(_ items: [Int]) -> [Int] {
        var items = items
        guard items.count > 1 else { return items }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, random.int(in: 0...index))
        }
        return items
    }
}
