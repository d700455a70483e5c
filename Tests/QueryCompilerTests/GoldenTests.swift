import Foundation
import GraphQLLanguage
import GraphQLSchema
@testable import QueryCompiler
import Testing

/// Golden triples: `Golden/<name>.graphql` (+ `<name>.variables.json`) compiles to exactly
/// `Golden/<name>.sql`, statement text and bind values. Re-record deliberately with
/// `RECORD_GOLDEN=1 swift test --filter GoldenTests` and read the diff.
@Suite struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".graphql") }.map { String($0.dropLast(".graphql".count)) }.sorted()
    }()

    @Test func thereAreGoldenCases() {
        #expect(GoldenTests.names.count >= 12)
    }

    @Test(arguments: GoldenTests.names)
    func compilesToTheRecordedSQL(_ name: String) throws {
        let source = try String(contentsOf: Self.directory.appendingPathComponent("\(name).graphql"), encoding: .utf8)
        let variablesURL = Self.directory.appendingPathComponent("\(name).variables.json")
        let variables = (try? String(contentsOf: variablesURL, encoding: .utf8)) ?? "{}"
        let limits = name.hasPrefix("wide") ? QueryLimits(maximumAliases: 200) : QueryLimits()
        let (operation, coerced) = try Library.compile(source, variables: variables, limits: limits)
        let actual = try Self.render(operation, variables: coerced)
        let goldenURL = Self.directory.appendingPathComponent("\(name).sql")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try actual.write(to: goldenURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(actual == expected, "\(name).sql differs; re-record with RECORD_GOLDEN=1 if the change is intended")
    }

    /// Each root field: its statement and its bind values, or what else it is.
    static func render(_ operation: CompiledOperation, variables: CoercedVariables) throws -> String {
        var text = ""
        let bound = try operation.bind(variables)
        for (field, boundField) in zip(operation.rootFields, bound) {
            switch (field.value, boundField.value) {
            case (.sql, .sql(let sql, let binds)):
                text += "-- \(field.responseKey)\n\(sql);\n"
                for (index, bind) in binds.enumerated() {
                    text += "-- $\(index + 1) = \(bind.postgresText.map { "'\($0)'" } ?? "NULL")\n"
                }
            case (.introspection, _):
                text += "-- \(field.responseKey): introspection, answered in Swift\n"
            case (_, .json(let json)):
                text += "-- \(field.responseKey): \(json)\n"
            default:
                text += "-- \(field.responseKey): ?\n"
            }
            text += "\n"
        }
        return text
    }
}
