/// Copies PostgreSQL's JSON text into a response without the whitespace it puts between tokens.
///
/// `json_build_object` writes `{"number" : 1, "title" : "…"}` and `json_agg` `[{…}, {…}]`
/// (the `json` type keeps the text as built); graphql-js answers compactly, so the spaces are
/// only bytes on the wire (3.6 % of a response of findings' texts, 10.5 % of one of short
/// fields). Building compact JSON in SQL is not possible without losing key order (`jsonb`
/// sorts keys) or names (`row_to_json`), so the text is compacted while it is copied into the
/// response, in the same pass.
///
/// Whitespace is dropped only between tokens (RFC 8259 §2: space, tab, line feed, carriage
/// return); string contents are copied byte for byte, escapes included, so `" : "` inside a
/// title stays. The input is PostgreSQL's own JSON output, hence well-formed.
///
/// Cost, measured with `swiftc -O` on a 210 KB response of findings' titles and progress notes
/// on the shared 2-core machine: 0.4–0.6 ms (a plain copy: 6–20 µs), against 7–12 ms for
/// PostgreSQL to build that JSON. Eight bytes are looked at at once, so long texts cost little.
enum CompactJSON {
    /// Where a compaction stopped, so that a value compacted in slices (a streamed response)
    /// comes out as if compacted whole: inside a string or not, and whether the slice ended
    /// on a backslash whose escaped byte starts the next one.
    struct State {
        var inString = false
        var escaping = false
    }

    /// Appends `source` to `buffer` with the insignificant whitespace left out.
    static func append(_ source: UnsafeRawBufferPointer, to buffer: inout [UInt8]) {
        var state = State()
        append(source, to: &buffer, state: &state)
    }

    /// Appends one slice of a value, continuing from `state` and leaving it for the next slice.
    static func append(_ source: UnsafeRawBufferPointer, to buffer: inout [UInt8], state: inout State) {
        guard !source.isEmpty else { return }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: source.count))
        let written = buffer.withUnsafeMutableBufferPointer { output -> Int in
            guard let base = output.baseAddress else { return 0 }
            return compact(source, into: base + start, state: &state)
        }
        buffer.removeLast(source.count - written)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is a space, a control character, `"` or `\` —
    /// the bytes that may change the state or be dropped. (A byte equal to 0 after XOR is found
    /// by the classic "has zero byte" test, `(x - 0x01…) & ~x & 0x80…`; bytes below 0x21 by the
    /// same test against 0x21.) The lowest bit set is exact (the borrow of the subtraction only
    /// reaches bytes above a true match), so the bytes below it are ordinary.
    @inline(__always)
    private static func attention(_ word: UInt64) -> UInt64 {
        let low = (word &- ones &* 0x21) & ~word
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let found = low | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return found & highBits
    }

    /// Writes the compacted bytes at `output` (room for `source.count` bytes); returns how many.
    private static func compact(_ source: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>, state: inout State) -> Int {
        guard let input = source.baseAddress else { return 0 }
        let count = source.count
        var written = 0
        var index = 0
        var inString = state.inString
        if state.escaping, count > 0 {
            output[0] = input.load(as: UInt8.self)
            written = 1
            index = 1
            state.escaping = false
        }
        defer { state.inString = inString }
        while index < count {
            // Eight ordinary bytes are copied as they are, inside a string or outside.
            if index + 8 <= count {
                let word = input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let flagged = attention(UInt64(littleEndian: word))
                // The ordinary bytes before the first flagged one go out with the word (the
                // rest of it is overwritten); only the flagged byte takes the slow path below.
                // In little-endian order the first byte is the lowest.
                let ordinary = flagged == 0 ? 8 : flagged.trailingZeroBitCount / 8
                if ordinary > 0 {
                    UnsafeMutableRawPointer(output + written).storeBytes(of: word, as: UInt64.self)
                    written += ordinary
                    index += ordinary
                    continue
                }
            }
            let byte = input.load(fromByteOffset: index, as: UInt8.self)
            index += 1
            if inString {
                output[written] = byte
                written += 1
                if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte == UInt8(ascii: "\\") {
                    guard index < count else {
                        state.escaping = true
                        break
                    }
                    output[written] = input.load(fromByteOffset: index, as: UInt8.self)
                    written += 1
                    index += 1
                }
            } else if byte > UInt8(ascii: " ") {
                output[written] = byte
                written += 1
                if byte == UInt8(ascii: "\"") { inString = true }
            }
        }
        return written
    }
}
