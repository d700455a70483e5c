/// Lays out strings as one NUL-separated buffer and calls `body` with a `char *[]` over it.
///
/// libpq takes keyword, value and parameter arrays as C string pointers; building them from one
/// contiguous buffer costs one allocation and keeps every pointer inside this call. `nil` entries
/// become NULL pointers; when `terminated` a final NULL pointer ends the array (what
/// `PQconnectdbParams` expects).
func withCStringArray<R, E: Error>(
    _ strings: [String?],
    terminated: Bool = false,
    _ body: (UnsafePointer<UnsafePointer<CChar>?>) throws(E) -> R
) throws(E) -> R {
    var buffer: [CChar] = []
    buffer.reserveCapacity(strings.reduce(0) { $0 + ($1?.utf8.count ?? 0) + 1 })
    var offsets: [Int] = []
    offsets.reserveCapacity(strings.count)
    for string in strings {
        guard let string else { offsets.append(-1); continue }
        offsets.append(buffer.count)
        for byte in string.utf8 { buffer.append(CChar(bitPattern: byte)) }
        buffer.append(0)
    }
    return try buffer.withUnsafeBufferPointer { base throws(E) -> R in
        var pointers: [UnsafePointer<CChar>?] = offsets.map { $0 < 0 ? nil : base.baseAddress! + $0 }
        if terminated || pointers.isEmpty { pointers.append(nil) }
        return try pointers.withUnsafeBufferPointer { array throws(E) -> R in try body(array.baseAddress!) }
    }
}

/// Calls `body` with the count, type OIDs and text values of `parameters` as libpq's
/// `PQexecParams` family takes them, after checking they can be sent.
///
/// Runs once per statement sent, so the arrays libpq reads live in temporary (usually stack)
/// allocations filled in place, rather than in intermediate Swift arrays.
func withLibpqParameters<R>(
    _ parameters: PostgresParameters,
    _ body: (Int32, UnsafePointer<UInt32>, UnsafePointer<UnsafePointer<CChar>?>) -> R
) throws(PostgresError) -> R {
    try checkSendable(parameters)
    var byteCount = 0
    for bind in parameters.binds {
        if let text = bind.text { byteCount += text.utf8.count + 1 }
    }
    // Never empty, so every array has a valid base address.
    let slots = max(parameters.count, 1)
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: slots) { types in
        withUnsafeTemporaryAllocation(of: UnsafePointer<CChar>?.self, capacity: slots) { values in
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: max(byteCount, 1)) { bytes in
                types[0] = 0
                values[0] = nil
                var used = 0
                for (index, bind) in parameters.binds.enumerated() {
                    types[index] = bind.type.rawValue
                    guard var text = bind.text else {
                        values[index] = nil
                        continue
                    }
                    let start = bytes.baseAddress! + used
                    text.withUTF8 { utf8 in
                        if let source = utf8.baseAddress { UnsafeMutableRawPointer(start).copyMemory(from: source, byteCount: utf8.count) }
                        used += utf8.count
                    }
                    bytes[used] = 0
                    used += 1
                    values[index] = UnsafePointer(start)
                }
                return body(Int32(parameters.count), UnsafePointer(types.baseAddress!), UnsafePointer(values.baseAddress!))
            }
        }
    }
}

/// Refuses parameters libpq cannot send as given: more than the protocol's 65 535, or text with a
/// NUL byte, which a C string would silently cut short (and PostgreSQL `text` cannot hold).
///
/// ``PendingQuery`` calls it for every statement of a batch before sending any, so a pipeline
/// is never left half-sent; the single-statement calls check again through
/// ``withLibpqParameters(_:_:)``.
func checkSendable(_ parameters: PostgresParameters) throws(PostgresError) {
    // The protocol counts parameters in an Int16 field (libpq's PQ_QUERY_PARAM_MAX_LIMIT).
    guard parameters.count <= 65_535 else {
        throw .invalidParameter(position: 65_536, reason: "more than 65535 parameters")
    }
    for (offset, bind) in parameters.enumerated() where bind.text?.utf8.contains(0) == true {
        throw .invalidParameter(position: offset + 1, reason: "text contains a NUL byte, which PostgreSQL text cannot hold")
    }
}
