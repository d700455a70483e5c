import Foundation
import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// `validate` first tries ``ValidityProof``, a single pass that proves a document valid or gives
/// up, before running the rules: these tests hold it to the rules. It must never vouch for a
/// document the rules reject (checked on every rule test's document and on thousands of mutations
/// of the dashboards), and it must vouch for the valid dashboards, or `validate` is slow for them.
@Suite struct ValidityProofTests {
    static let ruleCases: [ValidationCase] = {
        let lists: [[ValidationCase]] = [
            ValidationCase.executableDefinitions, ValidationCase.uniqueOperationNames, ValidationCase.loneAnonymousOperation,
            ValidationCase.singleFieldSubscriptions, ValidationCase.knownTypeNames, ValidationCase.fragmentsOnCompositeTypes,
            ValidationCase.variablesAreInputTypes, ValidationCase.scalarLeafs, ValidationCase.fieldsOnCorrectType,
            ValidationCase.uniqueFragmentNames, ValidationCase.knownFragmentNames, ValidationCase.noUnusedFragments,
            ValidationCase.possibleFragmentSpreads, ValidationCase.noFragmentCycles, ValidationCase.uniqueVariableNames,
            ValidationCase.noUndefinedVariables, ValidationCase.noUnusedVariables, ValidationCase.knownDirectives,
            ValidationCase.uniqueDirectivesPerLocation, ValidationCase.knownArgumentNames, ValidationCase.uniqueArgumentNames,
            ValidationCase.valuesOfCorrectType, ValidationCase.providedRequiredArguments,
            ValidationCase.variablesInAllowedPosition, ValidationCase.overlappingFieldsCanBeMerged,
            ValidationCase.uniqueInputFieldNames,
        ]
        return lists.flatMap { $0 }
    }()

    /// The proof holds only where the rules find nothing, and `validate` gives what the rules give.
    static func checkAgreement(_ source: String, _ schema: Schema, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let document = try? Parser.parse(source) else { return }
        let byRules = validateByRules(document, against: schema, rules: specifiedRules, maxErrors: 100)
        if ValidityProof.proves(document, validAgainst: schema) {
            #expect(byRules.isEmpty, "proved valid, but the rules say \(byRules.map(\.message))", sourceLocation: sourceLocation)
        }
        #expect(validate(document, against: schema) == byRules, sourceLocation: sourceLocation)
    }

    @Test(arguments: ruleCases)
    func neverProvesADocumentOfTheRuleTestsTheRulesReject(_ testCase: ValidationCase) {
        Self.checkAgreement(testCase.query, TestSchemas.harness)
    }

    /// Documents where collecting and comparing fields through fragments could run away: cycles
    /// through repeated fields (which overflow graphql-js's stack), long chains, deep nesting.
    @Test(arguments: [
        "fragment G on Dog { mother { mother { ...G } ...G } } { dog { ...G } }",
        "{ dog { ...F0 } } " + (0..<300).map { "fragment F\($0) on Dog { mother { ...F\($0 + 1) } mother { name } }" }.joined(separator: " ")
            + " fragment F300 on Dog { name }",
        "{ dog { ...F0 } } " + (0..<300).map { "fragment F\($0) on Dog { name ...F\(($0 + 1) % 300) }" }.joined(separator: " "),
        "{ dog { " + String(repeating: "mother { ", count: 100) + "name" + String(repeating: " }", count: 102),
        "{ dog { " + String(repeating: "mother { name ", count: 60) + "name" + String(repeating: " }", count: 60)
            + String(repeating: " mother { name }", count: 2) + " } }",
    ])
    func agreesWithTheRulesWhereCollectionCouldRunAway(_ query: String) {
        Self.checkAgreement(query, TestSchemas.harness)
    }

    @Test(arguments: ValidationCase.oneOfDocuments)
    func neverProvesAOneOfDocumentTheRulesReject(_ testCase: ValidationCase) {
        Self.checkAgreement(testCase.query, TestSchemas.oneOf)
    }

    @Test(arguments: Dashboard.all)
    func provesTheDashboardsValid(_ dashboard: Dashboard) throws {
        let document = try Parser.parse(dashboard.query)
        #expect(validateByRules(document, against: dashboard.schema, rules: specifiedRules, maxErrors: 100).isEmpty)
        do throws(ValidityProof.Unproven) {
            try ValidityProof.check(document, against: dashboard.schema)
        } catch {
            Issue.record("not proved valid: \(error.reason)")
        }
    }

    /// The proof's cheapest case must hold for documents whose keys repeat harmlessly: fields
    /// selected twice, through fragments, or on types that exclude each other.
    @Test(arguments: [
        "{ dog { name name ...F ... on Dog { name barks } } } fragment F on Dog { name barks }",
        "{ catOrDog { ... on Cat { name meows } ... on Dog { name barks } } }",
        "{ dog { name(surname: true) n: name(surname: true) ... { n: name(surname: true) } } }",
        "{ human { pets { name } pets { ... on Dog { barks } } } }",
    ])
    func provesRepeatedHarmlessKeysValid(_ query: String) throws {
        let document = try Parser.parse(query)
        #expect(validateByRules(document, against: TestSchemas.harness, rules: specifiedRules, maxErrors: 100).isEmpty)
        #expect(ValidityProof.proves(document, validAgainst: TestSchemas.harness))
    }

    /// Every one-token change to the dashboards (a token deleted, a name or value replaced, a field
    /// or alias inserted), each checked against the rules.
    @Test(arguments: Dashboard.all)
    func agreesWithTheRulesOnMutatedDashboards(_ dashboard: Dashboard) {
        var proved = 0
        var mutants = 0
        for mutant in Mutations.of(dashboard.query) {
            mutants += 1
            Self.checkAgreement(mutant, dashboard.schema)
            if let document = try? Parser.parse(mutant), ValidityProof.proves(document, validAgainst: dashboard.schema) {
                proved += 1
            }
        }
        // Some mutants stay valid (an alias renamed, a field dropped); the proof must hold for some.
        #expect(mutants > 1_000 && proved > 50, "\(mutants) mutants, \(proved) proved valid")
    }
}

/// A valid dashboard query and the schema it runs against.
struct Dashboard: Sendable, CustomTestStringConvertible {
    let name: String
    let query: String
    let schema: Schema

    var testDescription: String { name }

    static let all: [Dashboard] = {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/GraphQL")
        func read(_ path: URL) -> String {
            guard let text = try? String(contentsOf: path, encoding: .utf8) else { fatalError("cannot read \(path.path)") }
            return text
        }
        func schema(_ sdl: String) -> Schema {
            do { return try Schema(sdl: sdl) } catch { fatalError("\(error)") }
        }
        let root = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [
            Dashboard(
                name: "project dashboard", query: read(fixtures.appendingPathComponent("project-dashboard.graphql")),
                schema: schema(read(root.appendingPathComponent("schema.graphql")))),
            Dashboard(
                name: "dashboard", query: read(fixtures.appendingPathComponent("dashboard.graphql")),
                schema: schema(read(fixtures.appendingPathComponent("dashboard-schema.graphql")))),
        ]
    }()
}

/// One-token changes to a document, for checking the proof against the rules.
enum Mutations {
    /// Names and values to put in place of others: some the schemas know, some they do not.
    static let replacements = ["id", "name", "nodes", "first", "FindingCard", "Unit", "OPEN", "include", "1", "\"x\"", "null", "$first"]

    static func of(_ source: String) -> [String] {
        let tokens = tokenize(source)
        var mutants: [String] = []
        for (index, token) in tokens.enumerated() {
            mutants.append(replacing(token, in: source, with: ""))
            if token.isName || token.isValue {
                for replacement in replacements where replacement != token.text {
                    mutants.append(replacing(token, in: source, with: replacement))
                }
            }
            // After an opening brace: a repeated or aliased field that may collide with a sibling.
            if token.text == "{", index + 1 < tokens.count, tokens[index + 1].isName {
                for insertion in ["id ", "name ", "id: name ", "\(tokens[index + 1].text) ", "__typename "] {
                    mutants.append(replacing(token, in: source, with: "{ " + insertion))
                }
            }
        }
        return mutants
    }

    struct Token {
        let range: Range<String.Index>
        let text: String
        var isName: Bool { text.first.map { $0 == "_" || $0.isLetter } ?? false }
        var isValue: Bool { text.first.map { $0 == "\"" || $0 == "-" || $0.isNumber } ?? false }
    }

    private static func replacing(_ token: Token, in source: String, with text: String) -> String {
        source.replacingCharacters(in: token.range, with: text)
    }

    /// GraphQL tokens of a document without block strings, escapes or comments.
    static func tokenize(_ source: String) -> [Token] {
        var tokens: [Token] = []
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            if character.isWhitespace || character == "," {
                index = source.index(after: index)
                continue
            }
            var end = source.index(after: index)
            if character == "_" || character.isLetter || character.isNumber || character == "-" {
                while end < source.endIndex, source[end] == "_" || source[end].isLetter || source[end].isNumber || source[end] == "." {
                    end = source.index(after: end)
                }
            } else if character == "\"" {
                while end < source.endIndex, source[end] != "\"" { end = source.index(after: end) }
                if end < source.endIndex { end = source.index(after: end) }
            } else if character == ".", source[index...].hasPrefix("...") {
                end = source.index(index, offsetBy: 3)
            }
            tokens.append(Token(range: index..<end, text: String(source[index..<end])))
            index = end
        }
        return tokens
    }
}
