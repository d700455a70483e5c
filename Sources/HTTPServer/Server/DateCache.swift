/// The `Date` field line, rebuilt once a second (RFC 9110 §6.6.1: an origin server with a
/// clock MUST send Date).
struct DateCache {
    private var line: [UInt8] = []
    private var validUntil: UInt64 = 0

    /// The `Date: ...\r\n` bytes for the second containing `now` (monotonic nanoseconds).
    mutating func dateLine(now: UInt64) -> [UInt8] {
        if now >= validUntil {
            let time = Platform.wallClock()
            line = Array("Date: \(HTTPDate.imfFixdate(unixSeconds: time.seconds))\r\n".utf8)
            validUntil = now &+ UInt64(1_000_000_000 - time.nanoseconds)
        }
        return line
    }
}
