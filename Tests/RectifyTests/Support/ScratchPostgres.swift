import Foundation
import Glibc
import PostgresClient

/// A PostgreSQL cluster a test can stop and start, made with `scripts/pg` in a directory of its
/// own (stopping the shared `make test` cluster would break every other suite).
final class ScratchPostgres {
    let directory: String
    let url: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        directory = Fixtures.root.appendingPathComponent(".data/service-scratch-\(UUID().uuidString.prefix(8))").path
        url = try Self.run(["start", directory, "--fast"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var configuration: PostgresConfiguration {
        get throws { try PostgresConfiguration(url: url) }
    }

    /// Fast shutdown: every session is terminated, new connections are refused.
    func stop() throws { try Self.run(["stop", directory]) }

    /// Starts again on the same port and socket.
    func start() throws { try Self.run(["start", directory, "--fast"]) }

    /// Stops the cluster and deletes its files (a symbolic link's target too).
    func remove() {
        _ = try? Self.run(["stop", directory])
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: directory) {
            try? FileManager.default.removeItem(atPath: target)
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs `scripts/pg` and returns its output. The child gets /dev/null for input and a file
    /// for output, and none of this process's other descriptors (posix_spawn closes them), so a
    /// PostgreSQL it starts keeps no socket or pipe of ours open.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let script = Fixtures.root.appendingPathComponent("scripts/pg").path
        let output = NSTemporaryDirectory() + "service-scratch-pg-\(UUID().uuidString).log"
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        if let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            _ = unsafeBitCast(closeFrom, to: CloseFrom.self)(&actions, 3)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = ([script] + arguments).map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, script, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run scripts/pg: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        // Exited normally (low 7 bits zero) with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(description: "scripts/pg \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}
