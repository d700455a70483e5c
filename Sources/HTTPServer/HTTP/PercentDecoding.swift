/// Percent-decoding of paths and query strings (RFC 3986 §2.1, WHATWG URL
/// `application/x-www-form-urlencoded`), refusing bad escapes and invalid UTF-8.
enum PercentDecoding {
    /// Decodes `bytes`; `+` means space when `plusAsSpace` (query components only).
    /// Returns `nil` for a `%` not followed by two hex digits or a result that is not UTF-8.
    static func decode(_ bytes: UnsafeRawBufferPointer, plusAsSpace: Bool) -> String? {
        var needsWork = false
        for byte in bytes where byte == UInt8(ascii: "%") || (plusAsSpace && byte == UInt8(ascii: "+")) || byte >= 0x80 {
            needsWork = true
            break
        }
        if !needsWork { return String(decoding: bytes, as: UTF8.self) }

        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count,
                      let high = ByteClass.hexValue(bytes[index + 1]),
                      let low = ByteClass.hexValue(bytes[index + 2]) else { return nil }
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(plusAsSpace && byte == UInt8(ascii: "+") ? 0x20 : byte)
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self)
    }

    /// Splits a query on `&`, each pair on its first `=`, decoding both sides; empty pairs are
    /// skipped and a pair without `=` has an empty value.
    static func decodeQuery(_ bytes: UnsafeRawBufferPointer) -> [QueryItem]? {
        var items: [QueryItem] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
            if end > start {
                let pair = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                var equals = 0
                while equals < pair.count, pair[equals] != UInt8(ascii: "=") { equals += 1 }
                guard let name = decode(UnsafeRawBufferPointer(rebasing: pair[0..<equals]), plusAsSpace: true) else { return nil }
                let valueBytes = equals < pair.count ? UnsafeRawBufferPointer(rebasing: pair[(equals + 1)...]) : UnsafeRawBufferPointer(start: nil, count: 0)
                guard let value = decode(valueBytes, plusAsSpace: true) else { return nil }
                items.append(QueryItem(name: name, value: value))
            }
            start = end + 1
        }
        return items
    }
}
