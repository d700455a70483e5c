import Dispatch
import Synchronization

/// What the loops of one server share: configuration, handler, the open-connection count and
/// the shutdown bookkeeping.
final class ServerState: Sendable {
    let configuration: HTTPServerConfiguration
    let handler: any HTTPHandler
    /// Open connections across all loops, checked against `maxConnections` at accept.
    let openConnections = Atomic<Int>(0)
    /// `maxConnections`, lowered at start when the process may not open that many descriptors.
    let connectionLimit = Atomic<Int>(0)
    /// Each loop's context, reachable from tasks submitted to that loop.
    let contexts: EventLoopLocal<LoopContext>
    private let lifecycle = Mutex(Lifecycle())

    struct Lifecycle {
        var loops: [EventLoop] = []
        var draining = false
        var drainedLoops = 0
        var exitedLoops = 0
        var finished = false
        var waiters: [CheckedContinuation<Void, Never>] = []
        var blockedWaiters: [DispatchSemaphore] = []
    }

    init(configuration: HTTPServerConfiguration, handler: any HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
        self.contexts = EventLoopLocal(count: configuration.eventLoopCount)
        self.connectionLimit.store(configuration.maxConnections, ordering: .relaxed)
    }

    func setLoops(_ loops: [EventLoop]) {
        lifecycle.withLock { $0.loops = loops }
    }

    var loops: [EventLoop] {
        lifecycle.withLock { $0.loops }
    }

    /// Marks the start of shutdown; returns the loops to drain, or `nil` if already draining.
    func beginShutdown() -> (loops: [EventLoop], first: Bool) {
        lifecycle.withLock { state in
            defer { state.draining = true }
            return (state.loops, !state.draining)
        }
    }

    /// A loop has no connections left: once all have, every loop is told to stop.
    func loopDrained() {
        let loops: [EventLoop]? = lifecycle.withLock { state in
            state.drainedLoops += 1
            return state.drainedLoops == state.loops.count ? state.loops : nil
        }
        for loop in loops ?? [] { loop.stop() }
    }

    /// A loop thread has exited; the last one releases everyone waiting.
    func loopExited() {
        let (waiters, semaphores): ([CheckedContinuation<Void, Never>], [DispatchSemaphore]) = lifecycle.withLock { state in
            state.exitedLoops += 1
            guard state.exitedLoops == state.loops.count else { return ([], []) }
            state.finished = true
            defer {
                state.waiters = []
                state.blockedWaiters = []
            }
            return (state.waiters, state.blockedWaiters)
        }
        for waiter in waiters { waiter.resume() }
        for semaphore in semaphores { semaphore.signal() }
    }

    func waitUntilFinished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = lifecycle.withLock { state in
                if state.finished { return true }
                state.waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    func blockUntilFinished() {
        let semaphore: DispatchSemaphore? = lifecycle.withLock { state in
            if state.finished || state.loops.isEmpty { return nil }
            let semaphore = DispatchSemaphore(value: 0)
            state.blockedWaiters.append(semaphore)
            return semaphore
        }
        semaphore?.wait()
    }
}
