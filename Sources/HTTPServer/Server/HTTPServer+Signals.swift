extension HTTPServer {
    /// Shuts the server down gracefully when the process receives one of `signals`
    /// (SIGTERM and SIGINT by default); a second signal closes everything at once.
    ///
    /// The handler only writes to an eventfd that loop 0 watches, so it works whichever thread
    /// the kernel delivers the signal to. Call once per process, after ``start(onLoopStart:)``.
    package func shutdownOnSignals(
        _ signals: [Int32] = [Platform.terminateSignal, Platform.interruptSignal], timeout: Duration
    ) throws(HTTPServerError) {
        guard let loop = eventLoops.first else { preconditionFailure("shutdownOnSignals called before start()") }
        let descriptor: Int32
        do throws(IOError) {
            descriptor = try SignalForwarder.install(for: signals)
        } catch {
            throw .cannotInstallSignalHandlers(reason: error.description)
        }
        loop.execute { [self] in
            do {
                _ = try loop.watch(fileDescriptor: descriptor, interest: .readable) { _ in
                    _ = SignalForwarder.takeCount(from: descriptor)
                    self.beginShutdown(timeout: timeout)
                }
            } catch {
                SignalForwarder.uninstall(descriptor)
            }
        }
    }
}
