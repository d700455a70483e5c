import CLinux
import Glibc

/// Starts the POSIX threads event loops run on and remembers which loop a thread belongs to.
enum LoopThread {
    /// The thread-local slot holding the current thread's loop, unretained: a loop outlives the
    /// thread it runs on, since the thread's closure holds it.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let result = pthread_key_create(&key, nil)
        precondition(result == 0, "pthread_key_create failed: \(result)")
        return key
    }()

    static var current: EventLoop? {
        get {
            guard let pointer = pthread_getspecific(key) else { return nil }
            return Unmanaged<EventLoop>.fromOpaque(pointer).takeUnretainedValue()
        }
        set {
            let pointer = newValue.map { Unmanaged.passUnretained($0).toOpaque() }
            pthread_setspecific(key, pointer)
        }
    }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Spawns a detached thread running `body`, named for `top` and debuggers.
    static func spawn(name: String, _ body: @escaping @Sendable () -> Void) throws(IOError) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let result = pthread_create(&thread, &attributes, { context in
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            body.run()
            return nil
        }, context)
        guard result == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            throw IOError(errno: result, call: "pthread_create")
        }
        // Linux limits thread names to 15 bytes.
        _ = pthread_setname_np(thread, String(name.prefix(15)))
    }
}
