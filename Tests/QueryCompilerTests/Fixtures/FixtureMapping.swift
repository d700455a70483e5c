import Foundation
import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler

/// The library fixture: `Fixtures/library.graphql` and its mapping onto `books`, `people` and the
/// `credits` link table.
enum Library {
    static let mapping = Mapping(entities: [
        EntityMapping(
            "Book",
            table: "books",
            fields: [
                .column("title"),
                .column("genre"),
                .column("price"),
                .column("published", "published_on"),
                .column("updatedAt"),
                .column("pages"),
                .column("inPrint", "in_print"),
                .column("isbn"),
                .toOne("editor", "Person", foreignKey: "editor_id"),
                .manyToMany("people", "Person", through: LinkMapping("credits", from: "book_id", to: "person_id", edgeFields: [.column("role")])),
            ],
            groupKeys: [
                GroupKeyMapping("genre"),
                GroupKeyMapping("editor", path: ["editor"], value: .object),
                GroupKeyMapping("person", path: ["people"], value: .object),
                GroupKeyMapping("year", value: .sql("extract(year from \(.row).published_on)::integer")),
            ]),
        EntityMapping(
            "Person",
            table: "people",
            fields: [
                .column("name"),
                .column("born"),
                .toOne("mentor", "Person", foreignKey: "mentor_id"),
                .toMany("mentees", "Person", foreignKey: "mentor_id"),
                .manyToMany("books", "Book", through: LinkMapping("credits", from: "person_id", to: "book_id", edgeFields: [.column("role")])),
                .toMany("edited", "Book", foreignKey: "editor_id"),
            ],
            groupKeys: [
                GroupKeyMapping("mentor", path: ["mentor"], value: .object),
            ]),
    ])

    static let schemaSource: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("library.graphql")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static let schema: Schema = {
        do {
            return try buildSchema(try Parser.parse(schemaSource))
        } catch {
            fatalError("library.graphql does not build: \(error)")
        }
    }()

    static func compiler(limits: QueryLimits = QueryLimits()) -> QueryCompiler {
        do {
            return try QueryCompiler(schema: schema, mapping: mapping, limits: limits)
        } catch {
            fatalError("\(error)")
        }
    }

    /// Parses and validates a document (validation failures are bugs in the test).
    static func document(_ source: String) throws -> Document {
        let document = try Parser.parse(source)
        let errors = validate(document, against: schema)
        if !errors.isEmpty { throw FixtureError(description: "validation: \(errors)") }
        return document
    }

    /// Coerces variables given as JSON text.
    static func variables(_ json: String, for document: Document, operationName: String? = nil) throws -> CoercedVariables {
        guard case .object(let members) = try JSONParser.parse(json) else { throw FixtureError(description: "variables must be an object") }
        var inputs: [String: JSONValue] = [:]
        for member in members { inputs[member.key] = member.value }
        let operation = try compiler().operation(in: document, named: operationName)
        switch coerceVariableValues(schema, operation, inputs: inputs) {
        case .success(let coerced): return coerced
        case .failure(let errors): throw FixtureError(description: "variables: \(errors)")
        }
    }

    /// Compiles a document with variables.
    static func compile(_ source: String, variables: String = "{}", limits: QueryLimits = QueryLimits()) throws -> (CompiledOperation, CoercedVariables) {
        let document = try document(source)
        let coerced = try self.variables(variables, for: document)
        return (try compiler(limits: limits).compile(document, operationName: nil, variables: coerced), coerced)
    }

    /// The SQL texts of the root fields, in order.
    static func sql(_ operation: CompiledOperation) -> [String] {
        operation.rootFields.compactMap { if case .sql(let query) = $0.value { query.text } else { nil } }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
}
