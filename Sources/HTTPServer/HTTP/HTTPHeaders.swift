/// An ordered list of header fields, names compared case-insensitively (RFC 9110 §5.1).
///
/// Names and values live in one byte array with a small table of offsets, so a parsed request's
/// headers cost two allocations however many fields it has, and serializing a response copies
/// bytes without building strings. Repeated names are kept as separate fields, in order.
package struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// Offsets of one field's name and value in `bytes`.
    struct Field: Sendable {
        var nameStart: Int32
        var nameEnd: Int32
        var valueStart: Int32
        var valueEnd: Int32
    }

    private(set) var bytes: [UInt8]
    private(set) var fields: [Field]

    package init() {
        bytes = []
        fields = []
    }

    init(bytes: [UInt8], fields: [Field]) {
        self.bytes = bytes
        self.fields = fields
    }

    package init(dictionaryLiteral elements: (String, String)...) {
        self.init()
        for (name, value) in elements { add(name: name, value: value) }
    }

    package init(_ fields: [(name: String, value: String)]) {
        self.init()
        for field in fields { add(name: field.name, value: field.value) }
    }

    /// The number of fields, counting each repetition.
    package var count: Int { fields.count }
    package var isEmpty: Bool { fields.isEmpty }

    /// The first value for `name`, or `nil`.
    package subscript(name: String) -> String? {
        guard let index = firstIndex(of: name) else { return nil }
        return value(at: index)
    }

    /// Every value for `name`, in order.
    package func values(for name: String) -> [String] {
        var name = name
        return name.withUTF8 { name in
            fields.indices.filter { matches($0, UnsafeRawBufferPointer(name)) }.map(value(at:))
        }
    }

    package func contains(_ name: String) -> Bool {
        firstIndex(of: name) != nil
    }

    /// Appends a field. Names must be tokens (a bug otherwise); CR, LF and NUL in a value are
    /// replaced with spaces, as RFC 9110 §5.5 allows, so a value cannot split the message.
    package mutating func add(name: String, value: String) {
        var name = name
        name.withUTF8 { name in
            precondition(!name.isEmpty && name.allSatisfy(ByteClass.isTokenCharacter), "invalid header name '\(String(decoding: name, as: UTF8.self))'")
        }
        let nameStart = Int32(bytes.count)
        bytes.append(contentsOf: name.utf8)
        let nameEnd = Int32(bytes.count)
        for byte in value.utf8 {
            bytes.append(byte == 0x0D || byte == 0x0A || byte == 0x00 ? 0x20 : byte)
        }
        fields.append(Field(nameStart: nameStart, nameEnd: nameEnd, valueStart: nameEnd, valueEnd: Int32(bytes.count)))
    }

    /// Removes every field named `name`, then appends one with `value`.
    package mutating func replaceOrAdd(name: String, value: String) {
        remove(name: name)
        add(name: name, value: value)
    }

    /// Removes every field named `name` (their bytes stay until the headers are copied).
    package mutating func remove(name: String) {
        var name = name
        name.withUTF8 { name in
            let pattern = UnsafeRawBufferPointer(name)
            guard fields.indices.contains(where: { matches($0, pattern) }) else { return }
            var kept: [Field] = []
            kept.reserveCapacity(fields.count)
            for index in fields.indices where !matches(index, pattern) { kept.append(fields[index]) }
            fields = kept
        }
    }

    package struct Iterator: IteratorProtocol {
        private let headers: HTTPHeaders
        private var index = 0

        init(_ headers: HTTPHeaders) {
            self.headers = headers
        }

        package mutating func next() -> (name: String, value: String)? {
            guard index < headers.fields.count else { return nil }
            defer { index += 1 }
            return (headers.name(at: index), headers.value(at: index))
        }
    }

    package func makeIterator() -> Iterator {
        Iterator(self)
    }

    package var description: String {
        "[" + map { "\($0.name): \($0.value)" }.joined(separator: ", ") + "]"
    }

    // MARK: - Byte access

    func name(at index: Int) -> String {
        let field = fields[index]
        return String(decoding: bytes[Int(field.nameStart)..<Int(field.nameEnd)], as: UTF8.self)
    }

    func value(at index: Int) -> String {
        let field = fields[index]
        return String(decoding: bytes[Int(field.valueStart)..<Int(field.valueEnd)], as: UTF8.self)
    }

    func valueBytes(at index: Int) -> ArraySlice<UInt8> {
        let field = fields[index]
        return bytes[Int(field.valueStart)..<Int(field.valueEnd)]
    }

    func firstIndex(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { name in
            fields.indices.first { matches($0, UnsafeRawBufferPointer(name)) }
        }
    }

    /// Whether field `index` is named `pattern`, ignoring ASCII case.
    func matches(_ index: Int, _ pattern: UnsafeRawBufferPointer) -> Bool {
        let field = fields[index]
        let length = Int(field.nameEnd - field.nameStart)
        guard length == pattern.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let start = Int(field.nameStart)
            for offset in 0..<length where ByteClass.lowercased(buffer[start + offset]) != ByteClass.lowercased(pattern[offset]) {
                return false
            }
            return true
        }
    }

    /// Whether field `index` is named `lowercasedName`, which must already be lowercase.
    func matches(_ index: Int, lowercased lowercasedName: StaticString) -> Bool {
        lowercasedName.withUTF8Buffer { matches(index, UnsafeRawBufferPointer($0)) }
    }
}
