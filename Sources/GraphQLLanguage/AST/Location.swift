/// Where a node or token stands in its source.
///
/// Offsets are in UTF-8 bytes of the source; `line` and `column` are 1-based and count columns the
/// way graphql-js does (in UTF-16 code units), so error positions match what clients already show.
///
/// Locations never take part in equality or hashing: two documents are equal when their structure
/// is, which is what `parse(print(ast)) == ast` and the shape-keyed plan cache both need.
///
/// Every node carries a location, so they are kept in 32 bits each: half the size makes every
/// node smaller to build, copy and free. A value past `UInt32.max` (a source over 4 GiB) is kept
/// as `UInt32.max`; negative values as 0.
public struct Location: Sendable, CustomStringConvertible {
    private var storedStart: UInt32
    private var storedEnd: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// Byte offset of the first byte of the node.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(clamping: newValue) }
    }

    /// Byte offset one past the last byte of the node.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(clamping: newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    public init(start: Int, end: Int, line: Int, column: Int) {
        storedStart = UInt32(clamping: start)
        storedEnd = UInt32(clamping: end)
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
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
