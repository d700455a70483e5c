/// One unit of the units gazetteer (`db/seed/units.json`).
package struct GazetteerUnit: Sendable, Hashable, Codable {
    /// Stable key, lowercase ASCII letters, digits and hyphens; `units.key`.
    package var key: String
    package var name: String
    package var shortName: String?
    /// Other names, matched in any notice.
    package var aliases: [String]
    /// Names that identify the unit only inside its own house (`人事科`, `局党组`): matched only
    /// in notices whose inspected unit or publisher is this unit or its parent.
    package var localAliases: [String]
    package var kind: UnitKind
    /// The parent's key.
    package var parent: String?

    package init(key: String, name: String, shortName: String? = nil, aliases: [String] = [], localAliases: [String] = [], kind: UnitKind, parent: String? = nil) {
        self.key = key
        self.name = name
        self.shortName = shortName
        self.aliases = aliases
        self.localAliases = localAliases
        self.kind = kind
        self.parent = parent
    }

    enum CodingKeys: String, CodingKey {
        case key, name, shortName, aliases, localAliases, kind, parent
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        name = try container.decode(String.self, forKey: .name)
        shortName = try container.decodeIfPresent(String.self, forKey: .shortName)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        localAliases = try container.decodeIfPresent([String].self, forKey: .localAliases) ?? []
        kind = try container.decode(UnitKind.self, forKey: .kind)
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
    }

    /// Names matched in any notice: name, short name, aliases.
    var globalNames: [String] { [name] + (shortName.map { [$0] } ?? []) + aliases }

    /// Every alias, as stored in `units.aliases`.
    package var allAliases: [String] { aliases + localAliases }
}
