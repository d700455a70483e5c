import Foundation

extension BenchmarkDocuments {
    /// The test suite's kitchen-sink documents and the project schema, read from the source tree
    /// this benchmark was built from.
    static let kitchenSinkQuery = sourceFile("Tests/Fixtures/GraphQL/kitchen-sink.graphql")
    static let kitchenSinkSchema = sourceFile("Tests/Fixtures/GraphQL/schema-kitchen-sink.graphql")
    /// The project's public schema, the largest document the service parses.
    static let projectSchema = sourceFile("schema.graphql")
    /// A dashboard over `projectSchema`: a unit's open findings with people, funds and
    /// dispositions, grouped counts and the largest funds (valid; the validity proof's tests use it).
    static let projectDashboard = sourceFile("Tests/Fixtures/GraphQL/project-dashboard.graphql")
    /// A smaller schema shaped like the project's, and a valid dashboard query over it.
    static let dashboardSchema = sourceFile("Tests/Fixtures/GraphQL/dashboard-schema.graphql")
    static let dashboardForValidation = sourceFile("Tests/Fixtures/GraphQL/dashboard.graphql")

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
