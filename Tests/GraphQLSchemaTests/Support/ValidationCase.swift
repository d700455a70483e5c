import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// A document and the errors graphql-js reports for it under one rule.
struct ValidationCase: Sendable, CustomTestStringConvertible {
    struct ExpectedError: Sendable, Equatable, CustomStringConvertible {
        let message: String
        let locations: [GraphQLLanguage.SourceLocation]

        init(_ message: String, _ locations: [(Int, Int)]) {
            self.message = message
            self.locations = locations.map { GraphQLLanguage.SourceLocation(line: $0.0, column: $0.1) }
        }

        init(_ error: GraphQLError) {
            message = error.message
            locations = error.locations
        }

        var description: String { "\(message) @ \(locations.map(\.description).joined(separator: ","))" }
    }

    let query: String
    let errors: [ExpectedError]

    init(_ query: String, _ errors: [ExpectedError]) {
        self.query = query
        self.errors = errors
    }

    var testDescription: String { query }

    /// Validates the case's document under `rule` alone (as graphql-js's rule tests do) and
    /// compares messages and locations with graphql-js's.
    func check(_ rule: ValidationRule, schema: Schema = TestSchemas.harness) {
        check([rule], schema: schema)
    }

    /// Validates the case's document under `rules` together and compares with graphql-js's errors.
    func check(_ rules: [ValidationRule], schema: Schema) {
        let document: Document
        do {
            document = try Parser.parse(query)
        } catch {
            Issue.record("does not parse: \(error)")
            return
        }
        let actual = validate(document, against: schema, rules: rules).map(ExpectedError.init)
        #expect(actual == errors)
    }
}
