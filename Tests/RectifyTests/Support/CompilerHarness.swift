import Foundation
import GraphQLLanguage
import GraphQLSchema
import PostgresClient
import QueryCompiler
import Rectify
import Testing

/// The request pipeline as the service will run it, for tests: parse, validate, coerce variables,
/// compile, bind, run each root statement, splice the JSON.
enum CompilerHarness {
    static let schema: Schema = {
        do {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent("schema.graphql"), encoding: .utf8)
            return try buildSchema(try Parser.parse(text))
        } catch {
            fatalError("schema.graphql does not build: \(error)")
        }
    }()

    static let compiler: QueryCompiler = {
        do {
            return try DomainMapping.check(against: schema)
        } catch {
            fatalError("\(error)")
        }
    }()

    struct Prepared {
        var document: Document
        var operation: CompiledOperation
        var variables: CoercedVariables
    }

    /// Parses, validates, coerces and compiles; a validation error fails the test.
    static func prepare(_ source: String, variables: String = "{}", operationName: String? = nil) throws -> Prepared {
        let document = try Parser.parse(source)
        let errors = validate(document, against: schema)
        try #require(errors.isEmpty, "validation: \(errors)")
        let operation = try compiler.operation(in: document, named: operationName)
        guard case .object(let members) = try JSONParser.parse(variables) else { throw SeedDatabaseError("variables must be an object") }
        var inputs: [String: JSONValue] = [:]
        for member in members { inputs[member.key] = member.value }
        let coerced = try coerceVariableValues(schema, operation, inputs: inputs).get()
        return Prepared(document: document, operation: try compiler.compile(document, operationName: operationName, variables: coerced), variables: coerced)
    }

    /// The `data` of the response, as JSON text, executed against the seed database.
    static func execute(_ source: String, variables: String = "{}", operationName: String? = nil, on connection: PostgresConnection) throws -> JSONValue {
        let prepared = try prepare(source, variables: variables, operationName: operationName)
        return try run(prepared.operation, variables: prepared.variables, on: connection)
    }

    static func run(_ operation: CompiledOperation, variables: CoercedVariables, on connection: PostgresConnection) throws -> JSONValue {
        var text = "{"
        for (index, field) in try operation.bind(variables).enumerated() {
            if index > 0 { text += "," }
            var key: [UInt8] = []
            JSONWriter.writeString(field.responseKey, into: &key)
            text += String(decoding: key, as: UTF8.self) + ":"
            switch field.value {
            case .json(let json):
                text += json
            case .sql(let sql, let binds):
                let result = try connection.query(sql, PostgresParameters(binds.map { PostgresBind(text: $0.postgresText) }))
                try #require(result.count == 1, "a root statement returns one row")
                text += try result[0].decode(String.self, at: 0)
            }
        }
        return try JSONParser.parse(text + "}")
    }
}

extension JSONValue {
    /// The value at a path of keys and indexes, for assertions.
    subscript(path: PathComponent...) -> JSONValue? {
        var value: JSONValue? = self
        for component in path {
            switch (component, value) {
            case (.key(let key), .object?): value = value?[key]
            case (.index(let index), .array(let items)?): value = items.indices.contains(index) ? items[index] : nil
            default: return nil
            }
        }
        return value
    }

    var array: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var int: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }
}
