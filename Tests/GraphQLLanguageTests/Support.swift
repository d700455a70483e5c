import GraphQLLanguage
import Testing

/// The error `Parser.parse` reports for `source`, or nil when it parses.
func parseError(_ source: String, options: ParseOptions = .init()) -> GraphQLError? {
    do {
        _ = try Parser.parse(source, options: options)
        return nil
    } catch {
        return error
    }
}

/// Parses `source`, recording a test issue (with the error) when it fails.
func parsed(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Document? {
    do {
        return try Parser.parse(source)
    } catch {
        Issue.record("parse failed: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// GraphQL's line and column, named apart from Swift Testing's `SourceLocation`.
typealias At = GraphQLLanguage.SourceLocation
