/// The mismatches between a mapping and the schema it maps, all found at once.
///
/// Thrown when the compiler is made, i.e. at server start: a field the schema declares but the
/// mapping does not compute, or a mapped field the schema does not declare, stops the server with
/// a message naming every such field rather than failing on the first query that touches one.
public struct MappingError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String {
        "The mapping does not match the schema (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n"
            + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
