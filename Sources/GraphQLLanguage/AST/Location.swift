/// Where a node or token stands in its source.
///
/// Offsets are in UTF-8 bytes of the source; `line` and `column` are 1-based and count columns the
/// way graphql-js does (in UTF-16 code units), so error positions match what clients already show.
///
/// Locations never take part in equality or hashing: two documents are equal when their structure
/// is, which is what `parse(print(ast)) == ast` and the shape-keyed plan cache both need.
public struct Location: Sendable, CustomStringConvertible {
    /// Byte offset of the first byte of the node.
    public var start: Int
    /// Byte offset one past the last byte of the node.
    public var end: Int
    public var line: Int
    public var column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    /// A location for nodes built by code rather than parsed from text.
    public static let synthesized = Location(start: 0, end: 0, line: 0, column: 0)

    public var sourceLocation: SourceLocation { SourceLocation(line: line, column: column) }

    public var description: String { "\(line):\(column)" }
}

extension Location: Hashable {
    public static func == (lhs: Location, rhs: Location) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

/// A line and column as GraphQL responses report them (`locations: [{line, column}]`).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
