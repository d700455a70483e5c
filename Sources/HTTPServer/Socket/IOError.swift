import Glibc

/// A failed system call: which call failed and the `errno` it left.
///
/// The description is meant for logs; `errno` is kept so callers can branch on the few values
/// that are expected in normal operation (`ECONNRESET`, `EMFILE`, ...).
package struct IOError: Error, Sendable, CustomStringConvertible {
    /// The C `errno` value the call reported.
    package let errno: Int32
    /// The name of the system call that failed.
    package let call: String

    package init(errno: Int32, call: String) {
        self.errno = errno
        self.call = call
    }

    package var description: String {
        var buffer = [CChar](repeating: 0, count: 256)
        let message: String = buffer.withUnsafeMutableBufferPointer { pointer in
            // The Glibc module exposes the XSI strerror_r, which fills the buffer.
            guard strerror_r(self.errno, pointer.baseAddress!, pointer.count) == 0 else { return "unknown error" }
            return String(cString: pointer.baseAddress!)
        }
        return "\(call): \(message) (errno \(errno))"
    }

    /// Whether `accept` failed only for the one connection (the client gave up first), so the
    /// next one may be accepted at once.
    var isAbortedConnection: Bool {
        errno == ECONNABORTED || errno == EPROTO || errno == EPERM
    }
}
