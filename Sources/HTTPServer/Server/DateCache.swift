import Glibc

/// The `Date` field line, rebuilt once a second (RFC 9110 §6.6.1: an origin server with a
/// clock MUST send Date).
struct DateCache {
    private var line: [UInt8] = []
    private var validUntil: UInt64 = 0

    /// The `Date: ...\r\n` bytes for the second containing `now` (monotonic nanoseconds).
    mutating func dateLine(now: UInt64) -> [UInt8] {
        if now >= validUntil {
            var time = timespec()
            clock_gettime(CLOCK_REALTIME, &time)
            line = Array("Date: \(HTTPDate.imfFixdate(unixSeconds: Int(time.tv_sec)))\r\n".utf8)
            validUntil = now &+ UInt64(1_000_000_000 - time.tv_nsec)
        }
        return line
    }
}
