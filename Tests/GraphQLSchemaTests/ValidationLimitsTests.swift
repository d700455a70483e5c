import Foundation
import GraphQLLanguage
import Testing
@testable import GraphQLSchema

/// Validation of documents at the parser's limits must not overflow the stack: fragment chains as
/// long as the token limit allows are handled without recursion (checked on a 512 KiB thread in a
/// debug build); recursion follows selection and value nesting only, like graphql-js's, so the
/// parser's 256 levels are checked on a thread sized for a debug build's larger frames (a release
/// build validates them on 512 KiB: `rectify-bench depth-probe 256`).
@Suite struct ValidationLimitsTests {
    static func validated(_ source: String) -> [String]? {
        guard let document = try? Parser.parse(source, options: ParseOptions(maxTokens: .max)) else { return nil }
        return validate(document, against: TestSchemas.harness).map(\.message)
    }

    @Test func validatesTheDeepestSelectionNesting() {
        let depth = 254
        let source = "{ dog { " + String(repeating: "mother { ", count: depth) + "name" + String(repeating: " }", count: depth + 2)
        let messages = onThread(stackSize: 8 << 20) { Self.validated(source) }
        #expect(messages == [])
    }

    @Test func validatesTheDeepestValueNesting() {
        let depth = 250
        let list = String(repeating: "[", count: depth) + "\"a\"" + String(repeating: "]", count: depth)
        let object = String(repeating: "{stringField: \"x\", requiredField: true, intField: ", count: 1) + "1}"
        let source = "{ complicatedArgs { stringListArgField(stringListArg: \(list)) complexArgField(complexArg: \(object)) } }"
        let messages = onThread(stackSize: 8 << 20) { Self.validated(source) }
        #expect(messages?.count == 1)
        #expect(messages?.first?.hasPrefix("String cannot represent a non string value: [[") == true)
    }

    @Test func validatesALongFragmentChainOnASmallStack() {
        let count = 1_800
        let fragments = (0..<count).map { index in
            index + 1 < count ? "fragment F\(index) on Dog { name ...F\(index + 1) }" : "fragment F\(index) on Dog { name }"
        }.joined(separator: "\n")
        let messages = onThread(stackSize: 512 << 10) { Self.validated("{ dog { ...F0 } }\n" + fragments) }
        #expect(messages == [])
    }

    @Test func reportsALongFragmentCycleOnASmallStack() {
        let count = 1_800
        let fragments = (0..<count).map { "fragment F\($0) on Dog { name ...F\(($0 + 1) % count) }" }.joined(separator: "\n")
        let messages = onThread(stackSize: 512 << 10) { Self.validated("{ dog { ...F0 } }\n" + fragments) }
        #expect(messages?.count == 1)
        #expect(messages?.first?.hasPrefix(#"Cannot spread fragment "F0" within itself via "F1", "F2","#) == true)
    }
}

/// Runs `body` on a thread with a stack of `stackSize` bytes.
private func onThread<Result: Sendable>(stackSize: Int, _ body: @escaping @Sendable () -> Result) -> Result {
    let outcome = SmallStackOutcome<Result>()
    let finished = DispatchSemaphore(value: 0)
    let thread = Thread {
        outcome.value = body()
        finished.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    finished.wait()
    return outcome.value!
}

/// Carries the result from the small-stack thread to the waiting one (the semaphore orders them).
private final class SmallStackOutcome<Result>: @unchecked Sendable {
    var value: Result?
}
