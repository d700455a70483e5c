import Foundation

/// Test documents that use every construct of the October 2021 grammar, in the spirit of
/// graphql-js's kitchen-sink files but written for this project's domain, kept as `.graphql`
/// files under `Tests/Fixtures/GraphQL` (the language benchmark parses them too).
///
/// - `kitchen-sink.graphql`: every executable construct: operations of each type, variables
///   with defaults and directives, aliases, arguments of every value kind, fragments, inline
///   fragments, directives, escapes, block strings, Chinese text, commas and comments.
/// - `schema-kitchen-sink.graphql`: every type-system construct: schema, every type kind,
///   descriptions of both forms, `implements` with and without a leading `&`, default values,
///   directives on every location, `repeatable`, and every kind of extension.
/// - `*.printed.graphql`: the same documents as graphql-js's `print()` lays them out, recorded
///   from graphql-core 3.2's `print_ast` (a port of graphql-js 16's printer).
enum KitchenSink {
    static let query = fixture("kitchen-sink.graphql")
    static let schema = fixture("schema-kitchen-sink.graphql")
    static let printedQuery = fixture("kitchen-sink.printed.graphql")
    static let printedSchema = fixture("schema-kitchen-sink.printed.graphql")

    private static func fixture(_ name: String) -> String {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/GraphQL")
        do {
            return try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        } catch {
            fatalError("missing test fixture \(name): \(error)")
        }
    }
}
