import Foundation
import Testing

/// Runs `body` on `count` fresh threads at once (not `concurrentPerform`, which uses one thread
/// per core) and waits for all of them, failing the test if they do not finish in time.
func onThreads(_ count: Int, timeoutSeconds: Int = 120, _ body: @escaping @Sendable (Int) -> Void) {
    let finished = DispatchGroup()
    for index in 0..<count {
        finished.enter()
        Thread {
            defer { finished.leave() }
            body(index)
        }.start()
    }
    #expect(finished.wait(timeout: .now() + .seconds(timeoutSeconds)) == .success, "threads did not finish: deadlock?")
}
