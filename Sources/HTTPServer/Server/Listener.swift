/// A listening socket owned by one loop, accepting in batches.
///
/// When the process runs out of descriptors (`EMFILE`, `ENFILE`) or kernel memory, accepting
/// stops for a moment instead of spinning on a listener that stays readable.
final class Listener {
    private let socket: Socket
    private unowned let context: LoopContext
    private var watch: EventLoop.Watch?
    private var resumeTimer: EventLoop.Timer?
    private var closed = false
    static let acceptBatch = 64
    static let backoff: Duration = .milliseconds(100)

    init(socket: Socket, context: LoopContext) {
        self.socket = socket
        self.context = context
    }

    func start() throws(IOError) {
        watch = try context.loop.watch(fileDescriptor: socket.descriptor.rawValue, interest: .readable) { [unowned self] _ in
            self.acceptPending()
        }
    }

    private func acceptPending() {
        for _ in 0..<Listener.acceptBatch {
            do {
                switch try socket.accept() {
                case .wouldBlock:
                    return
                case .processed(let client):
                    context.adopt(client)
                }
            } catch {
                if error.isAbortedConnection {
                    // The client gave up (or a firewall refused it) before we accepted.
                    continue
                }
                // EMFILE, ENFILE, ENOBUFS, ENOMEM: out of resources; back off.
                context.reportError("accept paused for \(Listener.backoff): \(error)")
                pause()
                return
            }
        }
    }

    private func pause() {
        watch?.interest = []
        resumeTimer = context.loop.schedule(after: Listener.backoff) { [weak self] in
            self?.watch?.interest = .readable
        }
    }

    func close() {
        guard !closed else { return }
        closed = true
        resumeTimer?.cancel()
        watch?.cancel()
        watch = nil
        socket.descriptor.close()
    }
}
