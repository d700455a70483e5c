import Glibc
import Testing
@testable import PostgresClient

/// A minimal event loop for tests: drives pending queries on several connections from one
/// thread with `poll(2)`, the way the server's epoll loop will.
final class PollLoop {
    /// A queue of batches run one after another on one connection.
    final class Job {
        let name: String
        let connection: PostgresConnection
        var batches: [PendingQuery]
        var current = 0
        var progress: PendingQuery.Progress?
        var results: [[PostgresResult]] = []
        var errors: [PostgresError] = []
        var rows: [PostgresRow] = []

        init(_ name: String, _ connection: PostgresConnection, _ batches: [PendingQuery]) {
            self.name = name
            self.connection = connection
            self.batches = batches
        }

        var isFinished: Bool { current == batches.count }
    }

    /// Completed batches in completion order, as "name:index".
    private(set) var log: [String] = []
    /// Number of times `poll` was called.
    private(set) var polls = 0

    /// Runs every job to the end; `onBatchDone` sees each completion as it happens.
    func run(_ jobs: [Job], timeoutSeconds: Int = 60, onBatchDone: (String, Int) throws -> Void = { _, _ in }) throws {
        for job in jobs { try step(job, onBatchDone) }
        let deadline = ContinuousClock.now + .seconds(timeoutSeconds)
        while jobs.contains(where: { !$0.isFinished }) {
            try #require(ContinuousClock.now < deadline, "poll loop timed out")
            let waiting = jobs.filter { !$0.isFinished }
            var descriptors = waiting.map { job -> pollfd in
                var events = Int16(POLLIN)
                if case .needsWrite = job.progress { events |= Int16(POLLOUT) }
                return pollfd(fd: job.connection.socket, events: events, revents: 0)
            }
            polls += 1
            let ready = poll(&descriptors, nfds_t(descriptors.count), 1000)
            try #require(ready >= 0 || errno == EINTR, "poll failed: \(errno)")
            for (job, descriptor) in zip(waiting, descriptors) where descriptor.revents != 0 {
                try step(job, onBatchDone)
            }
        }
    }

    /// Advances `job` until it has to wait, starting its next batch when one completes.
    private func step(_ job: Job, _ onBatchDone: (String, Int) throws -> Void) throws {
        while !job.isFinished {
            do {
                let progress = try job.batches[job.current].advance()
                job.progress = progress
                switch progress {
                case .needsRead, .needsWrite:
                    return
                case .row(let row, _):
                    job.rows.append(row)
                    continue
                case .done(let results):
                    job.results.append(results)
                }
            } catch {
                job.errors.append(error)
                job.results.append([])
            }
            log.append("\(job.name):\(job.current)")
            try onBatchDone(job.name, job.current)
            job.current += 1
            job.progress = nil
        }
    }
}
