import CLinux
import Glibc

/// The eventfd the signal handler writes to; set before any handler is installed.
nonisolated(unsafe) private var signalEventDescriptor: Int32 = -1

/// The signal handler: only an async-signal-safe `write` to an eventfd.
private func forwardSignal(_ signal: Int32) {
    var one: UInt64 = 1
    _ = Glibc.write(signalEventDescriptor, &one, 8)
}

/// Turns signals into readiness on an eventfd (the self-pipe pattern), so an event loop can
/// react to them whichever thread the kernel delivers them to. One per process.
enum SignalForwarder {
    /// Installs handlers for `signals` and returns the eventfd they write to.
    static func install(for signals: [Int32]) throws(IOError) -> Int32 {
        let descriptor = try SystemCall.blocking("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
        signalEventDescriptor = descriptor
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = forwardSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            _ = try SystemCall.blocking("sigaction") { sigaction(number, &action, nil) }
        }
        return descriptor
    }

    /// Stops forwarding (the handlers stay installed but write nowhere) and closes `descriptor`.
    static func uninstall(_ descriptor: Int32) {
        signalEventDescriptor = -1
        SystemCall.close(descriptor)
    }

    /// Reads and resets the number of signals received since the last call.
    static func takeCount(from descriptor: Int32) -> UInt64 {
        var count: UInt64 = 0
        _ = try? SystemCall.nonBlocking("read(eventfd)") { Glibc.read(descriptor, &count, 8) }
        return count
    }
}
