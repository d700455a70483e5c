import Glibc

/// The outcome of a non-blocking system call: done, or the kernel said it would block.
///
/// "Would block" is ordinary flow control on a non-blocking descriptor, so it is a value the
/// caller switches on rather than an error it has to catch.
enum IOResult<Value> {
    case processed(Value)
    case wouldBlock
}

/// The one place system calls are made: retries `EINTR`, reports `EAGAIN` as a value, traps on
/// `EBADF` and throws a typed ``IOError`` for everything else.
///
/// `EBADF` (and `EFAULT`) can only come from a bug in this program — a descriptor used after it
/// was closed — and continuing would risk reading or writing someone else's descriptor, so they
/// stop the process instead of being thrown.
enum SystemCall {
    /// Runs `body` until it stops failing with `EINTR`; `-1` with `EAGAIN` becomes `.wouldBlock`.
    @inline(__always)
    static func nonBlocking<T: FixedWidthInteger>(
        _ name: StaticString, _ body: () -> T
    ) throws(IOError) -> IOResult<T> {
        while true {
            let result = body()
            if result >= 0 { return .processed(result) }
            let error = Glibc.errno
            switch error {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                return .wouldBlock
            default:
                throw failure(name, error)
            }
        }
    }

    /// Runs `body` until it stops failing with `EINTR`, for calls that never block.
    @inline(__always)
    static func blocking<T: FixedWidthInteger>(
        _ name: StaticString, _ body: () -> T
    ) throws(IOError) -> T {
        while true {
            let result = body()
            if result >= 0 { return result }
            let error = Glibc.errno
            if error == EINTR { continue }
            throw failure(name, error)
        }
    }

    /// Closes a descriptor once: on Linux `close` releases the descriptor even when it reports
    /// `EINTR`, so retrying could close a descriptor another thread has just been given.
    static func close(_ descriptor: Int32) {
        let result = Glibc.close(descriptor)
        if result < 0 {
            let error = Glibc.errno
            if error == EBADF { preconditionFailure("close(\(descriptor)): EBADF, descriptor closed twice") }
            // EINTR and EIO: the descriptor is gone all the same; nothing useful to do.
        }
    }

    private static func failure(_ name: StaticString, _ error: Int32) -> IOError {
        if error == EBADF || error == EFAULT {
            preconditionFailure("\(name) failed with \(error == EBADF ? "EBADF" : "EFAULT"): a bug in descriptor handling")
        }
        return IOError(errno: error, call: "\(name)")
    }
}
