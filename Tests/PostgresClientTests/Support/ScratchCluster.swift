import Foundation
import Glibc
import Testing

/// A PostgreSQL cluster of a test's own, started with `scripts/pg`, for tests that restart the
/// server: restarting the shared `make test` cluster would break suites running in parallel.
final class ScratchCluster {
    let directory: String
    let url: String
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init() throws {
        directory = Self.repository.appendingPathComponent(".data/scratch-\(UUID().uuidString.prefix(8))").path
        url = try Self.pg(["start", directory, "--fast"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `scripts/pg restart`: a fast shutdown (every session terminated) and a start on the same
    /// port and socket, as an operator's restart would be.
    func restart() throws {
        try Self.pg(["restart", directory])
    }

    /// Stops the cluster and removes its files.
    func remove() {
        _ = try? Self.pg(["stop", directory])
        let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: directory)) ?? directory
        try? FileManager.default.removeItem(atPath: resolved)
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs `scripts/pg` with posix_spawn and waits for it; output goes through a file, and no
    /// descriptor of this process (pipes, libpq sockets) leaks into the server it starts.
    @discardableResult
    private static func pg(_ arguments: [String]) throws -> String {
        let script = repository.appendingPathComponent("scripts/pg").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("scripts-pg-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        closeInheritedDescriptors(&actions)
        let argv = ([script] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, script, &actions, nil, argv, environ)
        try #require(spawned == 0, "cannot run scripts/pg: \(String(cString: strerror(spawned)))")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        // WIFEXITED and WEXITSTATUS, spelled out (the C macros do not import).
        try #require(status & 0x7f == 0 && (status >> 8) & 0xff == 0,
                     "scripts/pg \(arguments.joined(separator: " ")) failed: \(text)")
        return text
    }

    /// Asks posix_spawn to close every descriptor above stderr in the child, so the server it
    /// starts holds none of ours (a held pipe end would keep a reader waiting forever). glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34+) is not visible to Swift's Glibc module
    /// without `_GNU_SOURCE`, so it is looked up by name.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
    }
}
