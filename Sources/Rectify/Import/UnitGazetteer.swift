internal import Foundation

/// The units gazetteer: every unit the importer may link, and the names notices use for them.
///
/// Loaded from `db/seed/units.json` (`{"units": [...]}`); validated on load: keys unique and
/// well formed, parents present and acyclic, and no name or alias shared by two units (local
/// aliases excepted: `人事科` may name a section of each bureau).
package struct UnitGazetteer: Sendable {
    /// Units with every parent before its children.
    package let units: [GazetteerUnit]
    private let byKey: [String: GazetteerUnit]
    /// Folded name → keys of units with that name, split by whether the name is local.
    private let globalNames: [String: String]
    private let localNames: [String: [String]]
    private let longestName: Int

    /// Reads and validates a gazetteer file.
    package static func load(path: String) throws(GazetteerError) -> UnitGazetteer {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        struct File: Decodable { let units: [GazetteerUnit] }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .invalidJSON(path: path, reason: String(describing: error))
        }
        return try UnitGazetteer(units: file.units)
    }

    package init(units: [GazetteerUnit]) throws(GazetteerError) {
        var byKey: [String: GazetteerUnit] = [:]
        for unit in units {
            guard unit.key.wholeMatch(of: /[a-z0-9][a-z0-9-]*/) != nil else { throw .badKey(unit.key) }
            guard byKey.updateValue(unit, forKey: unit.key) == nil else { throw .duplicateKey(unit.key) }
            guard (unit.globalNames + unit.localAliases).allSatisfy({ !NoticeText.trim($0).isEmpty }) else {
                throw .blankName(key: unit.key)
            }
        }
        // Parents first: depth-first over the parent chain.
        var ordered: [GazetteerUnit] = []
        var placed: Set<String> = []
        for unit in units {
            var chain: [GazetteerUnit] = []
            var current: GazetteerUnit? = unit
            while let step = current, !placed.contains(step.key) {
                guard !chain.contains(where: { $0.key == step.key }) else { throw .parentCycle(key: step.key) }
                chain.append(step)
                guard let parent = step.parent else { break }
                guard let next = byKey[parent] else { throw .unknownParent(key: step.key, parent: parent) }
                current = next
            }
            for step in chain.reversed() where placed.insert(step.key).inserted { ordered.append(step) }
        }
        var globalNames: [String: String] = [:]
        var localNames: [String: [String]] = [:]
        for unit in ordered {
            for name in Set(unit.globalNames.map { NoticeText.fold(NoticeText.trim($0)) }) {
                if let other = globalNames[name], other != unit.key { throw .ambiguousName(name, keys: [other, unit.key]) }
                globalNames[name] = unit.key
            }
            for name in Set(unit.localAliases.map { NoticeText.fold(NoticeText.trim($0)) }) {
                localNames[name, default: []].append(unit.key)
            }
        }
        if let clash = localNames.keys.first(where: { globalNames[$0] != nil }) {
            throw .ambiguousName(clash, keys: [globalNames[clash]!] + localNames[clash]!)
        }
        self.units = ordered
        self.byKey = byKey
        self.globalNames = globalNames
        self.localNames = localNames
        self.longestName = (Array(globalNames.keys) + Array(localNames.keys)).map(\.count).max() ?? 0
    }

    package func unit(key: String) -> GazetteerUnit? { byKey[key] }

    /// The units whose own house a notice is: local aliases of these units and their children match.
    package struct House: Sendable, Hashable {
        package var keys: Set<String>
        package init(_ keys: Set<String>) { self.keys = keys }
    }

    /// The unit a printed name (the whole text) names, if any.
    package func unit(named name: String, in house: House) -> GazetteerUnit? {
        let folded = NoticeText.fold(NoticeText.trim(name))
        return key(for: folded, in: house).flatMap { byKey[$0] }
    }

    private func key(for folded: String, in house: House) -> String? {
        if let key = globalNames[folded] { return key }
        let local = localNames[folded, default: []].filter { key in
            house.keys.contains(key) || byKey[key]?.parent.map(house.keys.contains) == true
        }
        return local.count == 1 ? local[0] : nil
    }

    /// The units `text` names, in order of first mention, each once: the longest name at each
    /// position wins (`市纪委监委派驻市教育局纪检监察组` over `市教育局`), and document titles in
    /// `《…》` are skipped.
    package func mentions(in text: String, house: House) -> [String] {
        let characters = Array(NoticeText.fold(NoticeText.blankingDocumentTitles(text)))
        var found: [String] = []
        var index = 0
        while index < characters.count {
            var matched = 0
            for length in stride(from: min(longestName, characters.count - index), through: 1, by: -1) {
                if let key = key(for: String(characters[index..<index + length]), in: house) {
                    if !found.contains(key) { found.append(key) }
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
        return found
    }
}
