/// A fictional province for synthetic datasets: a few thousand units in a realistic hierarchy
/// (party committees and their inspection teams, discipline bodies, governments, bureaus with
/// their party groups, sections, centres, institutes and schools, townships, companies), and the
/// party organisations its inspection teams visit.
///
/// Everything is derived from the seed, and every unit key starts with `g<seed>-`, so datasets
/// generated with different seeds never share a unit and never touch the gazetteer's units.
struct SyntheticProvince {
    let units: [SyntheticUnit]
    let targets: [InspectionTarget]

    /// Cities, and counties or districts per city (a real province has a dozen cities and about
    /// a hundred counties; this one is smaller so the unit table stays at a few thousand rows).
    static let cityCount = 10
    static let countiesPerCity = 5...8

    init(seed: UInt64) {
        var builder = ProvinceBuilder(seed: seed)
        builder.build()
        units = builder.units
        targets = builder.targets
    }

    /// Writes the `units` rows, each unit's id its index after `unitIDs.base`.
    func writeUnits(unitIDs: UnitIDs, into tables: inout DatasetTables) {
        for (index, unit) in units.enumerated() {
            let id = tables.nextID(.units)
            precondition(id == unitIDs.id(index), "units are written first, in index order")
            tables.row(.units) { row in
                row.int(id)
                row.text(unit.key)
                row.text(unit.name)
                row.text(unit.shortName.map { Array($0.utf8) })
                row.textArray(unit.aliases.map { Array($0.utf8) })
                row.text(unit.kind.rawValue)
                row.int(unit.parent.map(unitIDs.id))
            }
        }
    }

    /// The key prefix of every unit generated with `seed`.
    static func keyPrefix(seed: UInt64) -> String {
        "g\(seed)-"
    }
}
