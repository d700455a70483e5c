import GraphQLLanguage
import Testing

/// For generated documents, `parse(print(ast)) == ast` and printing is a fixed point.
@Suite struct RoundTripPropertyTests {
    static let seeds: [UInt64] = Array(1...600)

    @Test func generatedDocumentsRoundTrip() {
        var failures: [String] = []
        for seed in Self.seeds {
            var generator = DocumentGenerator(seed: seed)
            let source = generator.document()
            do {
                let document = try Parser.parse(source)
                let printed = Printer.print(document)
                let reparsed = try Parser.parse(printed)
                if reparsed != document {
                    failures.append("seed \(seed): reparsed document differs\n\(source)\n---\n\(printed)")
                } else if Printer.print(reparsed) != printed {
                    failures.append("seed \(seed): printing is not a fixed point\n\(printed)")
                }
            } catch {
                failures.append("seed \(seed): \(error)\n\(source)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures; first: \(failures.first ?? "")")
    }
}
