import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler
import Testing

/// The catalog check that runs at server start: schema and mapping must agree field for field.
@Suite struct MappingCheckTests {
    @Test func theLibraryFixtureMapsCleanly() throws {
        _ = try QueryCompiler(schema: Library.schema, mapping: Library.mapping)
    }

    @Test func reportsEveryUnmappedAndUnknownFieldAtOnce() throws {
        var mapping = Library.mapping
        mapping.entities[0].fields.removeAll { $0.name == "pages" }
        mapping.entities[1].fields.append(.column("nickname"))
        do {
            _ = try QueryCompiler(schema: Library.schema, mapping: mapping)
            Issue.record("the check passed a broken mapping")
        } catch {
            #expect(error.problems.contains("Field Book.pages of the schema is not mapped."))
            #expect(error.problems.contains("Mapped field Person.nickname is not a field of Person in the schema."))
            #expect(error.problems.contains("Aggregate field BookSums.pages is not a column field of Book."))
        }
    }

    @Test func reportsARelationLeadingToTheWrongType() throws {
        var mapping = Library.mapping
        mapping.entities[0].fields.removeAll { $0.name == "editor" }
        mapping.entities[0].fields.append(.toOne("editor", "Book", foreignKey: "editor_id"))
        do {
            _ = try QueryCompiler(schema: Library.schema, mapping: mapping)
            Issue.record("the check passed a broken mapping")
        } catch {
            #expect(error.problems.first == "Relation Book.editor leads to Book but the schema says Person.")
        }
    }
}
