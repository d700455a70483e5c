import Foundation

extension BenchmarkDocuments {
    /// The test suite's kitchen-sink documents, read from `Tests/Fixtures/GraphQL` in the source
    /// tree this benchmark was built from.
    static let kitchenSinkQuery = fixture("kitchen-sink.graphql")
    static let kitchenSinkSchema = fixture("schema-kitchen-sink.graphql")

    private static func fixture(_ name: String) -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("Tests/Fixtures/GraphQL").appendingPathComponent(name)
        do {
            return try String(contentsOf: path, encoding: .utf8)
        } catch {
            fatalError("rectify-bench: cannot read \(path.path): \(error)")
        }
    }
}
