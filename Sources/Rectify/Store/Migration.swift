internal import Foundation

/// One schema migration: a file `db/migrations/NNNN_name.sql`, applied once, in version order.
package struct Migration: Sendable, Hashable {
    /// The file's number, e.g. 2 for `0002_units.sql`.
    package let version: Int
    /// The file's name after the number, e.g. `units`.
    package let name: String
    package let fileName: String
    /// The SQL, run as one transaction; it must not contain its own `BEGIN`/`COMMIT`.
    package let sql: String
    /// SHA-256 of the file's bytes, as `sha256sum` prints it.
    package let checksum: String

    /// Makes a migration from a file's name and bytes, checking the name's form.
    package init(fileName: String, bytes: [UInt8]) throws(MigrationError) {
        guard let match = fileName.wholeMatch(of: /([0-9]{4,})_([a-z0-9_]+)\.sql/), let version = Int(match.output.1), version > 0 else {
            throw .badFileName(fileName)
        }
        guard let sql = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(fileName: fileName) }
        self.version = version
        self.name = String(match.output.2)
        self.fileName = fileName
        self.sql = sql
        self.checksum = SHA256.hex(bytes)
    }

    /// Reads every `.sql` file of `directory`, sorted by version; refuses badly named files and
    /// two files with one version.
    package static func load(directory: String) throws(MigrationError) -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadableDirectory(path: directory)
        }
        var migrations: [Migration] = []
        for name in names.sorted() where name.hasSuffix(".sql") {
            guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
                throw .unreadableFile(path: directory + "/" + name)
            }
            migrations.append(try Migration(fileName: name, bytes: Array(data)))
        }
        migrations.sort { $0.version < $1.version }
        for (earlier, later) in zip(migrations, migrations.dropFirst()) where earlier.version == later.version {
            throw .duplicateVersion(earlier.version, earlier.fileName, later.fileName)
        }
        return migrations
    }
}
