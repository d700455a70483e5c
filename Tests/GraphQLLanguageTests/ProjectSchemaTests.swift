import Foundation
import GraphQLLanguage
import Testing

/// The project's own `schema.graphql` is read by the same parser as queries, and survives a round
/// trip through the printer.
@Suite struct ProjectSchemaTests {
    static func projectSchema() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("schema.graphql"), encoding: .utf8)
    }

    @Test func parsesAndRoundTripsTheProjectSchema() throws {
        let source = try Self.projectSchema()
        let document = try Parser.parse(source)
        #expect(!document.definitions.isEmpty)
        #expect(document.definitions.allSatisfy { !$0.isExecutable })
        let printed = Printer.print(document)
        #expect(try Parser.parse(printed) == document)
        #expect(Printer.print(try Parser.parse(printed)) == printed)
    }
}
