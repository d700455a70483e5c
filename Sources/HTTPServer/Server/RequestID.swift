/// Identifies one request in logs: the loop that read it and that loop's request count.
package struct RequestID: Hashable, Sendable, CustomStringConvertible {
    package let loop: Int
    package let sequence: UInt64

    package init(loop: Int, sequence: UInt64) {
        self.loop = loop
        self.sequence = sequence
    }

    /// `2-1041`: loop 2, its request 1041.
    package var description: String { "\(loop)-\(sequence)" }
}
