import GraphQLLanguage
import Testing

/// Any input ends in a document or a located syntax error: no crash, hang or overflow.
@Suite struct RobustnessTests {
    /// Parses `source` and reports what is wrong with the outcome, if anything.
    static func problem(with source: String) -> String? {
        do {
            _ = try Parser.parse(source)
            return nil
        } catch {
            guard error.message.hasPrefix("Syntax Error: "), error.code == "GRAPHQL_PARSE_FAILED",
                  let location = error.locations.first, error.locations.count == 1,
                  location.line >= 1, location.column >= 1,
                  location.line <= source.utf8.count + 1, location.column <= source.utf16.count + 1
            else {
                return "bad error \(error) for \(source.debugDescription)"
            }
            return nil
        }
    }

    @Test(arguments: [KitchenSink.query, KitchenSink.schema])
    func everyPrefixOfKitchenSinkParsesOrFailsCleanly(_ document: String) {
        let scalars = Array(document.unicodeScalars)
        var problems: [String] = []
        var failures = 0
        for length in 0...scalars.count {
            var prefix = ""
            prefix.unicodeScalars.append(contentsOf: scalars[0..<length])
            if let problem = Self.problem(with: prefix) { problems.append(problem) }
            if (try? Parser.parse(prefix)) == nil { failures += 1 }
        }
        #expect(problems.isEmpty, "\(problems.first ?? "")")
        // Most prefixes cut a definition short; the whole document parses.
        #expect(failures > scalars.count / 2)
        #expect((try? Parser.parse(document)) != nil)
    }

    @Test func randomBytesFailCleanly() {
        var random = SplitMix64(seed: 2021)
        let alphabet = Array("{}()[]:$@!=|&.\"\\#,\n\r\t aZ_09-+eE".utf8) + [0x00, 0x07, 0xE4, 0xB8, 0xAD, 0xF0, 0x9F, 0x98, 0x80, 0xEF, 0xBB, 0xBF]
        var problems: [String] = []
        for _ in 0..<3_000 {
            let length = Int(random.next() % 120)
            let bytes = (0..<length).map { _ in
                random.next() % 4 == 0 ? UInt8(truncatingIfNeeded: random.next()) : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            if let problem = Self.problem(with: String(decoding: bytes, as: UTF8.self)) { problems.append(problem) }
        }
        #expect(problems.isEmpty, "\(problems.first ?? "")")
    }

    @Test(arguments: [KitchenSink.query, KitchenSink.schema])
    func mutatedKitchenSinkFailsCleanly(_ document: String) {
        var random = SplitMix64(seed: 16)
        let original = Array(document.utf8)
        let inserts = Array("{}()[]:$@!\"\\ .#\n".utf8)
        var problems: [String] = []
        for _ in 0..<1_000 {
            var bytes = original
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let index = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes.remove(at: index)
                case 1: bytes.insert(inserts[Int(random.next() % UInt64(inserts.count))], at: index)
                default: bytes.swapAt(index, Int(random.next() % UInt64(bytes.count)))
                }
            }
            if let problem = Self.problem(with: String(decoding: bytes, as: UTF8.self)) { problems.append(problem) }
        }
        #expect(problems.isEmpty, "\(problems.first ?? "")")
    }
}
