/// A Relay global object identifier: an object type's name and its primary key, made opaque.
///
/// The text is the unpadded URL-safe base64 of `Type:key` (Relay Global Object Identification).
/// PostgreSQL produces it in the statement that fetches the object, and `decode` reads it back when
/// a request passes it to `node(id:)` or an `id` filter.
public struct GlobalID: Sendable, Hashable, CustomStringConvertible {
    public var typeName: String
    public var key: Int64

    public init(typeName: String, key: Int64) {
        self.typeName = typeName
        self.key = key
    }

    /// The opaque text clients see.
    public var encoded: String { Base64URL.encode(Array("\(typeName):\(key)".utf8)) }

    public var description: String { encoded }

    /// Reads an ID, or returns nil when the text is not one this server could have made.
    public static func decode(_ text: String) -> GlobalID? {
        guard text.utf8.count <= 200, let bytes = Base64URL.decode(text),
              let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0
        else { return nil }
        let name = bytes[..<colon]
        guard name.allSatisfy(GlobalID.isNameByte), let key = parseKey(bytes[(colon + 1)...]) else { return nil }
        return GlobalID(typeName: String(decoding: name, as: UTF8.self), key: key)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    /// A decimal Int64 without sign, leading zeros or other characters, so each key has one ID.
    private static func parseKey(_ digits: ArraySlice<UInt8>) -> Int64? {
        guard let first = digits.first, digits.count <= 19, first != UInt8(ascii: "0") || digits.count == 1 else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - 0x30))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }
}
