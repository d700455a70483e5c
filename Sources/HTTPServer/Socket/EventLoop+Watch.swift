import CLinux

extension EventLoop {
    /// What a watch waits for.
    package struct Interest: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }

        package static let readable = Interest(rawValue: 1)
        package static let writable = Interest(rawValue: 2)

        var epollEvents: UInt32 {
            var events: UInt32 = 0
            if contains(.readable) { events |= EPOLLIN.rawValue }
            if contains(.writable) { events |= EPOLLOUT.rawValue }
            return events
        }
    }

    /// What the kernel reported for a watched descriptor.
    package struct Readiness: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }

        package static let readable = Readiness(rawValue: 1)
        package static let writable = Readiness(rawValue: 2)
        /// The peer closed the connection (both directions).
        package static let hangup = Readiness(rawValue: 4)
        /// An error is pending on the descriptor; the next read or write reports it.
        package static let error = Readiness(rawValue: 8)

        init(epollEvents events: UInt32) {
            var value: UInt8 = 0
            if events & EPOLLIN.rawValue != 0 { value |= 1 }
            if events & EPOLLOUT.rawValue != 0 { value |= 2 }
            if events & EPOLLHUP.rawValue != 0 { value |= 4 }
            if events & EPOLLERR.rawValue != 0 { value |= 8 }
            rawValue = value
        }
    }

    /// A descriptor registered with a loop's epoll set; owned by the loop thread.
    ///
    /// Change ``interest`` to pause or resume readiness reports (writable interest only while
    /// there is something to write, or the handler is called on every iteration). ``cancel()``
    /// before closing the descriptor.
    package final class Watch {
        package let fileDescriptor: Int32
        let generation: UInt32
        private unowned let loop: EventLoop
        var handler: ((Readiness) -> Void)?

        init(loop: EventLoop, fileDescriptor: Int32, interest: Interest, generation: UInt32,
             handler: @escaping (Readiness) -> Void) {
            self.loop = loop
            self.fileDescriptor = fileDescriptor
            self.interest = interest
            self.generation = generation
            self.handler = handler
        }

        /// The readiness the handler is called for; setting it takes effect at once.
        package var interest: Interest {
            didSet {
                guard handler != nil, interest != oldValue else { return }
                loop.preconditionInEventLoop()
                loop.modify(self, interest: interest)
            }
        }

        /// Whether the watch still calls its handler.
        package var isActive: Bool { handler != nil }

        /// Stops watching: the handler is released and never called again. Idempotent.
        package func cancel() {
            guard handler != nil else { return }
            loop.preconditionInEventLoop()
            handler = nil
            loop.remove(self)
        }

        func deactivate() {
            handler = nil
        }
    }
}
