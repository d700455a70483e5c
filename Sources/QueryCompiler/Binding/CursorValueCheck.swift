/// Checks a cursor's value against the type of the key it stands for, so a tampered cursor is a
/// `BAD_USER_INPUT` rather than a failed cast in the database.
enum CursorValueCheck {
    static func accepts(_ text: String, as leaf: LeafType) -> Bool {
        let bytes = Array(text.utf8)
        switch leaf.kind {
        case .int, .id:
            return Int64(text) != nil
        case .float, .decimal:
            return !bytes.isEmpty && bytes.count <= 100 && bytes.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "+") }
        case .boolean:
            return text == "true" || text == "false"
        case .date:
            // YYYY-MM-DD (PostgreSQL may write more year digits).
            return bytes.count >= 10 && bytes.count <= 13 && bytes.allSatisfy { isDigit($0) || $0 == UInt8(ascii: "-") }
        case .dateTime:
            return bytes.count >= 19 && bytes.count <= 40 && bytes.allSatisfy {
                isDigit($0) || [UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "T"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "Z"), UInt8(ascii: " ")].contains($0)
            }
        case .string, .enumeration, .other:
            return true
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
