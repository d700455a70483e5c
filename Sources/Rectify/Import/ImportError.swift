/// Why an import was refused; nothing was written.
package enum ImportError: Error, CustomStringConvertible {
    case unreadableFile(path: String)
    case parse(NoticeParseError)
    case gazetteer(GazetteerError)
    /// The notice names a unit the gazetteer does not know, where a unit is required.
    case unknownUnit(file: String, line: Int, name: String, role: String)
    /// An annotations file is wrong: a quote not in the notice, an unknown key or finding.
    case annotations(file: String, problem: String)
    /// The database refused or failed; `description` keeps server detail out.
    case database(String)

    package var description: String {
        switch self {
        case .unreadableFile(let path): "cannot read \(path)"
        case .parse(let error): error.description
        case .gazetteer(let error): error.description
        case .unknownUnit(let file, let line, let name, let role):
            "\(file):\(line): the \(role) \"\(name)\" is not in the units gazetteer (db/seed/units.json)"
        case .annotations(let file, let problem): "\(file): \(problem)"
        case .database(let detail): "database error while importing: \(detail)"
        }
    }
}
