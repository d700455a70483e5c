/// A cursor over the ASCII text PostgreSQL's output functions print, for the date and time decoders.
struct TextScanner {
    private let bytes: UnsafeRawBufferPointer
    private(set) var index: Int = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    /// Consumes `byte` when it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Consumes `text` when it comes next.
    mutating func take(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// Consumes a run of decimal digits of the given length range and returns its value.
    mutating func digits(minimum: Int, maximum: Int) -> Int? {
        var value = 0, count = 0
        while count < maximum, index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
            count += 1
        }
        return count >= minimum ? value : nil
    }

    /// Consumes a fraction `.dddddd` and returns it in microseconds (more digits are truncated).
    mutating func microseconds() -> Int? {
        guard take(UInt8(ascii: ".")) else { return 0 }
        var value = 0, count = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            if count < 6 { value = value * 10 + Int(bytes[index] - 0x30) }
            index += 1
            count += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 6) { value *= 10 }
        return value
    }
}

/// Zero-pads a non-negative integer to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
