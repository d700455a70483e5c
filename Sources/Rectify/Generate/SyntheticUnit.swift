/// One unit of the synthetic province: a row of `units`, with the form finding texts print.
struct SyntheticUnit {
    let key: String
    let name: String
    let shortName: String?
    let aliases: [String]
    let kind: UnitKind
    /// Index of the parent in ``SyntheticProvince/units``.
    let parent: Int?
    /// How notices name the unit in running text (the short name, else the name), as UTF-8.
    let label: [UInt8]

    init(key: String, name: String, shortName: String?, aliases: [String], kind: UnitKind, parent: Int?) {
        self.key = key
        self.name = name
        self.shortName = shortName
        self.aliases = aliases
        self.kind = kind
        self.parent = parent
        label = Array((shortName ?? name).utf8)
    }
}
