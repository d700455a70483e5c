import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// An SDL document and what graphql-js makes of it: a valid schema, SDL-rule errors
/// (`assertValidSDL`), or type-system errors (`validateSchema`).
struct SchemaCase: Sendable, CustomTestStringConvertible {
    enum Outcome: Sendable, Equatable {
        case valid
        case invalidDocument([ValidationCase.ExpectedError])
        case invalidTypeSystem([ValidationCase.ExpectedError])
    }

    let sdl: String
    let outcome: Outcome

    init(_ sdl: String, _ outcome: Outcome) {
        self.sdl = sdl
        self.outcome = outcome
    }

    var testDescription: String { sdl }

    func check() {
        let actual: Outcome
        switch Result(catching: { () throws(SchemaError) in try Schema(sdl: sdl) }) {
        case .success:
            actual = .valid
        case .failure(.syntax(let error)):
            Issue.record("does not parse: \(error)")
            return
        case .failure(.invalidDocument(let errors)):
            actual = .invalidDocument(errors.map(ValidationCase.ExpectedError.init))
        case .failure(.invalidTypeSystem(let errors)):
            actual = .invalidTypeSystem(errors.map(ValidationCase.ExpectedError.init))
        }
        #expect(actual == outcome)
    }
}
