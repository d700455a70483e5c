import CLinux
import Glibc

/// The eventfd the signal handler writes to; set before any handler is installed.
nonisolated(unsafe) private var signalEventDescriptor: Int32 = -1

/// The signal handler: only an async-signal-safe `write` to an eventfd, read by a loop.
private func forwardSignal(_ signal: Int32) {
    var one: UInt64 = 1
    _ = Glibc.write(signalEventDescriptor, &one, 8)
}

extension HTTPServer {
    /// Shuts the server down gracefully when the process receives one of `signals`
    /// (SIGTERM and SIGINT by default); a second signal closes everything at once.
    ///
    /// The handler only writes to an eventfd (the self-pipe pattern), which loop 0 watches, so
    /// it works whichever thread the kernel delivers the signal to. Call once per process,
    /// after ``start(onLoopStart:)``.
    package func shutdownOnSignals(_ signals: [Int32] = [SIGTERM, SIGINT], timeout: Duration) throws(HTTPServerError) {
        guard let loop = eventLoops.first else { preconditionFailure("shutdownOnSignals called before start()") }
        let descriptor: Int32
        do throws(IOError) {
            descriptor = try SystemCall.blocking("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
        } catch {
            throw .cannotStartEventLoop(reason: error.description)
        }
        signalEventDescriptor = descriptor
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = forwardSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
        loop.execute { [self] in
            let watch = try? loop.watch(fileDescriptor: descriptor, interest: .readable) { _ in
                var count: UInt64 = 0
                _ = Glibc.read(descriptor, &count, 8)
                self.beginShutdown(timeout: timeout)
            }
            if watch == nil { SystemCall.close(descriptor) }
        }
    }
}
