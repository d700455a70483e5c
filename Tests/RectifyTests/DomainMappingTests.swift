import Foundation
import GraphQLLanguage
import GraphQLSchema
import QueryCompiler
import Rectify
import Testing

/// The domain mapping against `schema.graphql`: every object field mapped, every mapped field in
/// the schema, checked the way the server checks it at start.
@Suite struct DomainMappingTests {
    static func schema() throws -> Schema {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("schema.graphql"), encoding: .utf8)
        return try buildSchema(try Parser.parse(text))
    }

    @Test func mappingCoversTheWholeSchema() throws {
        let schema = try DomainMappingTests.schema()
        do {
            _ = try DomainMapping.check(against: schema)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aFieldMissingFromTheMappingIsReportedByName() throws {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("schema.graphql"), encoding: .utf8)
            .replacingOccurrences(of: "  \"The short name notices often use.\"\n  shortName: String\n",
                                  with: "  \"The short name notices often use.\"\n  shortName: String\n  motto: String\n")
        let schema = try buildSchema(try Parser.parse(text))
        #expect(throws: MappingError.self) { try DomainMapping.check(against: schema) }
        do {
            _ = try DomainMapping.check(against: schema)
        } catch {
            #expect(error.problems == ["Field Unit.motto of the schema is not mapped."])
        }
    }
}
