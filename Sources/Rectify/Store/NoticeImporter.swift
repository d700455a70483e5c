internal import Foundation
package import PostgresClient

/// `rectify import FILE…`: reads, parses and plans every notice first, then writes them all in
/// one transaction, so a malformed notice among several changes nothing.
///
/// Concurrent imports serialise on a transaction advisory lock; an unchanged notice writes
/// nothing (see `InspectionWriter`).
package struct NoticeImporter {
    package let gazetteer: UnitGazetteer

    /// The advisory lock key all imports share (ASCII "rectimpt").
    static let lockKey = 0x7265_6374_696D_7074

    package init(gazetteer: UnitGazetteer) {
        self.gazetteer = gazetteer
    }

    /// Loads the gazetteer at `gazetteerPath`.
    package init(gazetteerPath: String) throws(ImportError) {
        do {
            gazetteer = try UnitGazetteer.load(path: gazetteerPath)
        } catch {
            throw .gazetteer(error)
        }
    }

    /// A notice read and planned, not yet written.
    package struct Prepared: Sendable {
        package let path: String
        package let notice: Notice
        package let plan: ImportPlan
    }

    /// Reads, parses and plans one notice file (and its annotations, if beside it). No database.
    package func prepare(path: String) throws(ImportError) -> Prepared {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        // Refuse an oversized file before reading it into memory.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > NoticeParser.maximumBytes {
            throw .parse(NoticeParseError(fileName: fileName, line: 1, problem: .tooLarge(limit: NoticeParser.maximumBytes)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFile(path: path) }
        let notice: Notice
        do {
            notice = try NoticeParser.parse(bytes: Array(data), fileName: fileName)
        } catch {
            throw .parse(error)
        }
        let annotations = try NoticeAnnotations.load(forNotice: path)
        return Prepared(path: path, notice: notice, plan: try ImportPlanner(gazetteer: gazetteer).plan(notice, annotations: annotations))
    }

    /// What one `write` did.
    package struct Result: Sendable {
        package var unitsInserted: Int
        package var unitsUpdated: Int
        package var outcomes: [(file: String, outcome: ImportOutcome)]
    }

    /// Writes the prepared notices in one transaction: all or nothing.
    package func write(_ notices: [Prepared], to connection: PostgresConnection) throws(ImportError) -> Result {
        do {
            return try connection.transaction { connection in
                try connection.query("SELECT pg_advisory_xact_lock($1)", [.int(Self.lockKey)])
                let units = try UnitWriter(connection: connection).sync(gazetteer)
                let writer = InspectionWriter(connection: connection, unitIDs: units.ids)
                var result = Result(unitsInserted: units.inserted, unitsUpdated: units.updated, outcomes: [])
                for prepared in notices {
                    result.outcomes.append((prepared.notice.fileName, try writer.write(prepared.plan)))
                }
                return result
            }
        } catch let error as PostgresError {
            throw .database(MigrationError.detail(error))
        } catch {
            throw .database(String(describing: error))
        }
    }

    /// Prepares every file, then writes them all.
    package func importFiles(_ paths: [String], to connection: PostgresConnection) throws(ImportError) -> (prepared: [Prepared], result: Result) {
        var prepared: [Prepared] = []
        for path in paths { prepared.append(try prepare(path: path)) }
        return (prepared, try write(prepared, to: connection))
    }
}
