import CLinux
import Glibc
import Synchronization

/// One thread running an epoll loop: it owns the sockets, watches and timers registered on it.
///
/// The server runs one loop per core. Code handed to a loop (connection handlers, watch
/// handlers, timers, ``execute(_:)`` tasks) runs on that loop's thread, one piece at a time, so it
/// needs no locks; it must never block, or every connection on the loop waits with it.
///
/// `@unchecked Sendable` invariant: the only state touched from other threads is `inbox`
/// (behind a `Mutex`) and the immutable descriptors and `index`; every other stored property is
/// read and written on the loop's own thread only, which the `preconditionInEventLoop()` calls at
/// the loop-only entry points check.
package final class EventLoop: @unchecked Sendable, CustomStringConvertible {
    /// Which loop this is, from 0: callers keep per-loop state (a database pool) by this index.
    package let index: Int

    let epoll: Int32
    private let wakeDescriptor: Int32
    private let inbox = Mutex(Inbox())
    private var localTasks: [() -> Void] = []
    private var watches: [Watch?] = []
    private var nextGeneration: UInt32 = 1
    private var timers = TimerHeap()
    private var timerSequence: UInt64 = 0

    /// Monotonic time in nanoseconds, read once per loop iteration.
    package private(set) var now: UInt64

    private struct Inbox {
        var tasks: [@Sendable () -> Void] = []
        var wakePending = false
        var stopRequested = false
    }

    private init(index: Int) throws(IOError) {
        self.index = index
        self.epoll = try SystemCall.blocking("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
        do {
            self.wakeDescriptor = try SystemCall.blocking("eventfd") {
                eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
            }
        } catch {
            SystemCall.close(epoll)
            throw error
        }
        self.now = EventLoop.monotonicNow()
    }

    /// The eventfd stays open until the loop object goes away: other threads may still hold the
    /// loop and call ``execute(_:)`` after it stopped, and must never write to a descriptor
    /// number that has since been reused.
    deinit {
        SystemCall.close(wakeDescriptor)
    }

    package var description: String { "EventLoop(\(index))" }

    /// Starts a loop on a new thread named `name`; `onExit` runs on that thread once the loop
    /// has stopped and released its descriptors.
    static func start(index: Int, name: String, onExit: @escaping @Sendable () -> Void) throws(IOError) -> EventLoop {
        let loop = try EventLoop(index: index)
        var wake = epoll_event()
        wake.events = EPOLLIN.rawValue
        wake.data.u64 = UInt64.max
        _ = try SystemCall.blocking("epoll_ctl(ADD eventfd)") { epoll_ctl(loop.epoll, EPOLL_CTL_ADD, loop.wakeDescriptor, &wake) }
        try LoopThread.spawn(name: name) {
            loop.run()
            onExit()
        }
        return loop
    }

    // MARK: - Thread identity

    /// Whether the caller is running on this loop's thread.
    package var inEventLoop: Bool {
        LoopThread.current === self
    }

    /// The loop whose thread is calling, or `nil` off any loop thread.
    package static var current: EventLoop? {
        LoopThread.current
    }

    /// Traps when called off the loop thread: loop-bound state would otherwise race.
    @inline(__always)
    package func preconditionInEventLoop(_ function: StaticString = #function) {
        precondition(inEventLoop, "\(function) must be called on \(self)'s thread")
    }

    // MARK: - Tasks

    /// Runs `task` on the loop thread soon after, in submission order; callable from any thread.
    ///
    /// A task submitted from another thread wakes the loop through its eventfd. Tasks submitted
    /// after the loop has stopped are never run.
    package func execute(_ task: @escaping @Sendable () -> Void) {
        if inEventLoop {
            localTasks.append(task)
            return
        }
        let wake = inbox.withLock { inbox -> Bool in
            inbox.tasks.append(task)
            defer { inbox.wakePending = true }
            return !inbox.wakePending
        }
        if wake { self.wake() }
    }

    /// Runs `task` on the loop thread at the end of the current iteration (loop thread only).
    ///
    /// Unlike ``execute(_:)`` the closure need not be `Sendable`: it never leaves the thread.
    package func executeSoon(_ task: @escaping () -> Void) {
        preconditionInEventLoop()
        localTasks.append(task)
    }

    /// Asks the loop to exit after running the tasks already submitted; callable from any thread.
    func stop() {
        inbox.withLock { $0.stopRequested = true }
        wake()
    }

    private func wake() {
        var one: UInt64 = 1
        _ = try? SystemCall.nonBlocking("write(eventfd)") { Glibc.write(wakeDescriptor, &one, 8) }
    }

    // MARK: - Watches

    /// Calls `handler` on the loop thread whenever `fileDescriptor` is ready for `interest`.
    ///
    /// Readiness is level-triggered: the handler is called again on the next iteration while the
    /// condition holds, so it need not drain the descriptor. Hang-ups and errors are reported even
    /// with an empty interest. Cancel the watch before closing the descriptor. Loop thread only.
    package func watch(
        fileDescriptor: Int32, interest: Interest, handler: @escaping (Readiness) -> Void
    ) throws(IOError) -> Watch {
        preconditionInEventLoop()
        precondition(fileDescriptor >= 0, "watch: negative descriptor")
        let generation = nextGeneration
        nextGeneration &+= 1
        if nextGeneration == 0 { nextGeneration = 1 }
        var event = epoll_event()
        event.events = interest.epollEvents
        event.data.u64 = UInt64(UInt32(fileDescriptor)) | (UInt64(generation) << 32)
        _ = try SystemCall.blocking("epoll_ctl(ADD)") { epoll_ctl(epoll, EPOLL_CTL_ADD, fileDescriptor, &event) }
        let watch = Watch(loop: self, fileDescriptor: fileDescriptor, interest: interest, generation: generation, handler: handler)
        let slot = Int(fileDescriptor)
        if slot >= watches.count {
            watches.append(contentsOf: repeatElement(nil, count: max(slot + 1 - watches.count, watches.count)))
        }
        // A watch left in the table by a descriptor closed without cancelling is stale: the
        // kernel dropped it at close, or the ADD above would have failed with EEXIST.
        watches[slot]?.deactivate()
        watches[slot] = watch
        return watch
    }

    func modify(_ watch: Watch, interest: Interest) {
        var event = epoll_event()
        event.events = interest.epollEvents
        event.data.u64 = UInt64(UInt32(watch.fileDescriptor)) | (UInt64(watch.generation) << 32)
        // ENOENT means the descriptor was closed under the watch (a caller bug, but harmless).
        _ = try? SystemCall.blocking("epoll_ctl(MOD)") { epoll_ctl(epoll, EPOLL_CTL_MOD, watch.fileDescriptor, &event) }
    }

    func remove(_ watch: Watch) {
        var event = epoll_event()
        _ = try? SystemCall.blocking("epoll_ctl(DEL)") { epoll_ctl(epoll, EPOLL_CTL_DEL, watch.fileDescriptor, &event) }
        let slot = Int(watch.fileDescriptor)
        if slot < watches.count, watches[slot] === watch { watches[slot] = nil }
    }

    // MARK: - Timers

    /// Calls `body` on the loop thread once `delay` has passed, unless cancelled first.
    ///
    /// Loop thread only; timers have millisecond resolution (epoll's).
    @discardableResult
    package func schedule(after delay: Duration, _ body: @escaping () -> Void) -> Timer {
        preconditionInEventLoop()
        timerSequence &+= 1
        let timer = Timer(deadline: now &+ delay.nanoseconds, sequence: timerSequence, body: body)
        timers.insert(timer)
        return timer
    }

    // MARK: - Running

    private func run() {
        LoopThread.current = self
        let capacity = 512
        let events = UnsafeMutablePointer<epoll_event>.allocate(capacity: capacity)
        defer {
            events.deallocate()
            SystemCall.close(epoll)
            LoopThread.current = nil
        }
        while true {
            let timeout = waitTimeout()
            let count: Int32
            do {
                count = try SystemCall.blocking("epoll_wait") { epoll_wait(epoll, events, Int32(capacity), timeout) }
            } catch {
                preconditionFailure("\(self): \(error)")
            }
            now = EventLoop.monotonicNow()
            for position in 0..<Int(count) {
                dispatch(events[position])
            }
            fireTimers()
            if runTasks() { break }
        }
    }

    @inline(__always)
    private func dispatch(_ event: epoll_event) {
        let data = event.data.u64
        if data == UInt64.max {
            var value: UInt64 = 0
            _ = try? SystemCall.nonBlocking("read(eventfd)") { Glibc.read(wakeDescriptor, &value, 8) }
            return
        }
        let slot = Int(data & 0xFFFF_FFFF)
        guard slot < watches.count, let watch = watches[slot], watch.generation == UInt32(data >> 32),
              let handler = watch.handler else { return }
        handler(Readiness(epollEvents: event.events))
    }

    private func waitTimeout() -> Int32 {
        if !localTasks.isEmpty { return 0 }
        guard let deadline = timers.nextDeadline else { return -1 }
        let current = EventLoop.monotonicNow()
        if deadline <= current { return 0 }
        let milliseconds = (deadline - current + 999_999) / 1_000_000
        return Int32(min(milliseconds, UInt64(Int32.max)))
    }

    private func fireTimers() {
        while let timer = timers.popExpired(now: now) {
            timer.fire()
        }
    }

    /// Runs the queued tasks; returns whether the loop should exit.
    private func runTasks() -> Bool {
        let (remote, stop) = inbox.withLock { inbox in
            let tasks = inbox.tasks
            inbox.tasks.removeAll(keepingCapacity: true)
            inbox.wakePending = false
            return (tasks, inbox.stopRequested)
        }
        for task in remote { task() }
        if !localTasks.isEmpty {
            let tasks = localTasks
            localTasks.removeAll(keepingCapacity: true)
            for task in tasks { task() }
        }
        return stop && localTasks.isEmpty
    }

    /// Nanoseconds on the monotonic clock.
    package static func monotonicNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}

extension Duration {
    /// The duration in whole nanoseconds, negative durations as zero.
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        if seconds < 0 || (seconds == 0 && attoseconds < 0) { return 0 }
        let (scaled, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return UInt64.max / 2 }
        return scaled &+ UInt64(attoseconds / 1_000_000_000)
    }
}
