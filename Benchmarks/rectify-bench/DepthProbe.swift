import Foundation
import GraphQLLanguage
import GraphQLSchema

enum DepthProbe {
    static func run(_ depth: Int, stack: Int) {
        let schema = try! Schema(sdl: "type Query { dog: Dog } type Dog { name: String mother: Dog }")
        let nested = "{ dog { " + String(repeating: "mother { ", count: depth) + "name" + String(repeating: " }", count: depth + 2)
        let chain = "{ dog { ...F0 } }\n" + (0..<depth).map { "fragment F\($0) on Dog { name ...F\(($0 + 1) % depth) }" }.joined(separator: "\n")
        let straight = "{ dog { ...F0 } }\n" + (0..<depth).map { $0 + 1 < depth ? "fragment F\($0) on Dog { name ...F\($0 + 1) }" : "fragment F\($0) on Dog { name }" }.joined(separator: "\n")
        for (name, source) in [("nested", nested), ("cycle", chain), ("chain", straight)] where name != "nested" || depth <= 256 {
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                let document = try! Parser.parse(source, options: ParseOptions(maxTokens: .max, maxDepth: 100_000))
                print(name, "errors", validate(document, against: schema).count)
                done.signal()
            }
            thread.stackSize = stack
            thread.start()
            done.wait()
        }
    }
}
