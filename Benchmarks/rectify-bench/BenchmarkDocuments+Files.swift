import Foundation

extension BenchmarkDocuments {
    /// The test suite's kitchen-sink documents and the project schema, read from the source tree
    /// this benchmark was built from.
    static let kitchenSinkQuery = sourceFile("Tests/Fixtures/GraphQL/kitchen-sink.graphql")
    static let kitchenSinkSchema = sourceFile("Tests/Fixtures/GraphQL/schema-kitchen-sink.graphql")
    /// The project's public schema, the largest document the service parses.
    static let projectSchema = sourceFile("schema.graphql")

    private static func sourceFile(_ relativePath: String) -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent(relativePath)
        do {
            return try String(contentsOf: path, encoding: .utf8)
        } catch {
            fatalError("rectify-bench: cannot read \(path.path): \(error)")
        }
    }
}
