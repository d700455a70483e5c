/// Why the units gazetteer was refused.
package enum GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String)
    case invalidJSON(path: String, reason: String)
    case badKey(String)
    case duplicateKey(String)
    case blankName(key: String)
    case unknownParent(key: String, parent: String)
    case parentCycle(key: String)
    case ambiguousName(String, keys: [String])

    package var description: String {
        switch self {
        case .unreadable(let path): "cannot read the units gazetteer \(path)"
        case .invalidJSON(let path, let reason): "\(path): not a units gazetteer: \(reason)"
        case .badKey(let key): "units gazetteer: key \"\(key)\" is not lowercase ASCII letters, digits and hyphens"
        case .duplicateKey(let key): "units gazetteer: key \"\(key)\" is used twice"
        case .blankName(let key): "units gazetteer: unit \"\(key)\" has a blank name or alias"
        case .unknownParent(let key, let parent): "units gazetteer: unit \"\(key)\" names parent \"\(parent)\", which is not in the gazetteer"
        case .parentCycle(let key): "units gazetteer: unit \"\(key)\" is its own ancestor"
        case .ambiguousName(let name, let keys): "units gazetteer: name \"\(name)\" belongs to several units (\(keys.joined(separator: ", ")))"
        }
    }
}
