import Glibc

/// The process-level platform calls the server needs, so nothing outside `Socket/` imports Glibc.
enum Platform {
    /// Wall-clock time since the Unix epoch (for `Date` and log timestamps).
    @inline(__always)
    static func wallClock() -> (seconds: Int, nanoseconds: Int) {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return (Int(time.tv_sec), Int(time.tv_nsec))
    }

    /// Processors online, at least 1.
    static var onlineCores: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Makes writes to a closed socket fail with `EPIPE` instead of killing the process.
    static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Raises the soft `RLIMIT_NOFILE` toward `wanted`, as far as the hard limit allows.
    static func raiseDescriptorLimit(toAtLeast wanted: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(wanted) else { return }
        limit.rlim_cur = min(rlim_t(wanted), limit.rlim_max)
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// The soft `RLIMIT_NOFILE`: how many descriptors the process may have open.
    static func descriptorLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return Int(clamping: limit.rlim_cur)
    }

    package static let terminateSignal = SIGTERM
    package static let interruptSignal = SIGINT
}
