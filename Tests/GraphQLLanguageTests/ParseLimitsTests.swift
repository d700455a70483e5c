import Foundation
import GraphQLLanguage
import Testing

/// `ParseOptions` limits turn hostile documents into syntax errors, never crashes.
@Suite struct ParseLimitsTests {
    /// Documents nested `depth` levels deep through each construct the depth limit counts; an
    /// argument's values sit inside the operation's selection set, which counts as one level.
    static func nestedDocuments(depth: Int) -> [(construct: String, source: String)] {
        let inner = depth - 1
        return [
            ("selection sets", String(repeating: "{a", count: depth) + String(repeating: "}", count: depth)),
            ("list values", "{ f(a: " + String(repeating: "[", count: inner) + String(repeating: "]", count: inner) + ") }"),
            ("object values", "{ f(a: " + String(repeating: "{a:", count: inner) + "1" + String(repeating: "}", count: inner) + ") }"),
            ("list types", "query ($v: " + String(repeating: "[", count: depth) + "Int!" + String(repeating: "]!", count: depth) + ") { a }"),
            ("inline fragments", "{" + String(repeating: "...{", count: inner) + "a" + String(repeating: "}", count: inner) + "}"),
            ("default values", "type T { f(a: I = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "): Int }"),
            ("mixed", mixed(depth: depth)),
        ]
    }

    /// Selection sets for half the depth, then an argument nesting lists and objects.
    static func mixed(depth: Int) -> String {
        let sets = depth / 2
        let pairs = (depth - sets) / 2
        let odd = depth - sets - 2 * pairs
        return String(repeating: "{a", count: sets) + "(x: " + String(repeating: "[", count: odd)
            + String(repeating: "[{y: ", count: pairs) + "1" + String(repeating: "}]", count: pairs)
            + String(repeating: "]", count: odd) + ")" + String(repeating: "}", count: sets)
    }

    @Test func reportsTooManyTokensLikeGraphQLJS() {
        let source = "{ " + String(repeating: "a ", count: 15_000) + "}"
        let error = parseError(source)
        #expect(error?.message == "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.")
        // The 15,001st token is the last `a`.
        #expect(error?.locations == [At(line: 1, column: 30_001)])
    }

    @Test func acceptsExactlyMaxTokens() {
        let source = "{ " + String(repeating: "a ", count: 14_998) + "}"
        #expect(parseError(source) == nil)
        #expect(parseError(source, options: ParseOptions(maxTokens: 14_999)) != nil)
    }

    @Test func acceptsNestingUpToMaxDepth() {
        for (construct, source) in Self.nestedDocuments(depth: 256) {
            #expect(parseError(source, options: ParseOptions(maxTokens: .max)) == nil, "\(construct)")
        }
    }

    @Test func rejectsNestingBeyondMaxDepth() {
        for (construct, source) in Self.nestedDocuments(depth: 257) {
            let error = parseError(source, options: ParseOptions(maxTokens: .max))
            #expect(error?.message == "Syntax Error: Document is nested deeper than 256 levels. Parsing aborted.", "\(construct)")
        }
    }

    @Test func honoursAConfiguredDepth() {
        let options = ParseOptions(maxDepth: 2)
        #expect(parseError("{ a { b } }", options: options) == nil)
        let error = parseError("{ a { b { c } } }", options: options)
        #expect(error?.message == "Syntax Error: Document is nested deeper than 2 levels. Parsing aborted.")
        #expect(error?.locations == [At(line: 1, column: 9)])
    }

    /// Swift Testing and Dispatch threads have small stacks; 256 levels must fit in 512 KiB even
    /// in a debug build, for every construct, including printing, hashing and comparing the result.
    @Test func parsesMaximumDepthOnA512KiBStack() {
        let documents = Self.nestedDocuments(depth: 256).map(\.source)
        let failures = runOnThread(stackSize: 512 * 1024) {
            documents.filter { source in
                guard let document = try? Parser.parse(source, options: ParseOptions(maxTokens: .max)) else { return true }
                let printed = Printer.print(document)
                let hashes = Set([document])
                return document != document || printed.isEmpty || hashes.count != 1
            }
        }
        #expect(failures.isEmpty)
    }

    @Test func rejects100000NestedBracketsWithoutOverflow() {
        let sources = [
            String(repeating: "[", count: 100_000),
            String(repeating: "{", count: 100_000),
            "{ f(a: " + String(repeating: "[", count: 100_000),
            "{ f(a: " + String(repeating: "{a:", count: 100_000),
            String(repeating: "{a", count: 100_000),
            "query ($v: " + String(repeating: "[", count: 100_000),
        ]
        let messages = runOnThread(stackSize: 512 * 1024) {
            sources.map { parseError($0, options: ParseOptions(maxTokens: .max))?.message }
        }
        #expect(messages == [
            "Syntax Error: Unexpected \"[\".",
            "Syntax Error: Expected Name, found \"{\".",
            "Syntax Error: Document is nested deeper than 256 levels. Parsing aborted.",
            "Syntax Error: Document is nested deeper than 256 levels. Parsing aborted.",
            "Syntax Error: Document is nested deeper than 256 levels. Parsing aborted.",
            "Syntax Error: Document is nested deeper than 256 levels. Parsing aborted.",
        ])
    }
}

/// Runs `body` on a new thread with the given stack size and returns its result.
func runOnThread<T: Sendable>(stackSize: Int, _ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    return box.value!
}

/// Carries a value from the thread that computes it to the one waiting on the semaphore.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
