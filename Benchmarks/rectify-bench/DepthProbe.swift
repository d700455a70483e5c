import Foundation
import GraphQLLanguage
import GraphQLSchema

/// `rectify-bench depth-probe N`: parses and validates, on a thread with a 512 KiB stack, a
/// selection nested N levels deep (up to the parser's 256), a chain of N fragments and a cycle of
/// N fragments; it prints each error count, or dies of a stack overflow. It shows how much stack
/// validation's recursion over nesting needs in a release build.
enum DepthProbe {
    static func run(depth: Int, stackSize: Int = 512 * 1024) {
        let schema: Schema
        do {
            schema = try Schema(sdl: "type Query { dog: Dog } type Dog { name: String mother: Dog }")
        } catch {
            print("depth-probe: \(error)")
            return
        }
        let mothers = max(depth - 2, 0)
        let nested = "{ dog { " + String(repeating: "mother { ", count: mothers) + "name" + String(repeating: " }", count: mothers + 2)
        let chain = "{ dog { ...F0 } }\n" + (0..<depth).map {
            $0 + 1 < depth ? "fragment F\($0) on Dog { name ...F\($0 + 1) }" : "fragment F\($0) on Dog { name }"
        }.joined(separator: "\n")
        let cycle = "{ dog { ...F0 } }\n"
            + (0..<depth).map { "fragment F\($0) on Dog { name ...F\(($0 + 1) % depth) }" }.joined(separator: "\n")
        for (name, source) in [("nesting", nested), ("fragment chain", chain), ("fragment cycle", cycle)] {
            guard name != "nesting" || depth <= 256 else { continue }
            let finished = DispatchSemaphore(value: 0)
            let thread = Thread {
                if let document = try? Parser.parse(source, options: ParseOptions(maxTokens: .max)) {
                    print("  \(name) of \(depth): \(validate(document, against: schema).count) errors")
                } else {
                    print("  \(name) of \(depth): does not parse")
                }
                finished.signal()
            }
            thread.stackSize = stackSize
            thread.start()
            finished.wait()
        }
    }
}
