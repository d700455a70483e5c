import Foundation

/// Paths and text shared by the Rectify tests.
enum Fixtures {
    /// The repository's root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedDirectory = root.appendingPathComponent("db/seed")
    static let migrationsDirectory = root.appendingPathComponent("db/migrations")
    static let seedNotice = seedDirectory.appendingPathComponent("yongzhou-education-rectification-2020.txt")
    static let gazetteer = seedDirectory.appendingPathComponent("units.json")

    /// The seed notice's text.
    static var seedText: String {
        get throws { try String(contentsOf: seedNotice, encoding: .utf8) }
    }
}
