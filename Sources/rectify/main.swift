// rectify: the Rectify executable. Reads configuration from the environment, dispatches a
// subcommand, prints results to stdout and errors to stderr with a non-zero exit status.
import Glibc
import Rectify

/// A subcommand: its name, a one-line usage, and what it runs (arguments after the name).
struct Subcommand {
    let name: String
    let usage: String
    let run: ([String]) throws -> [String]
}

/// Why the command line could not be run.
enum CommandLineError: Error, CustomStringConvertible {
    case missingDatabaseURL
    case usage(String)

    var description: String {
        switch self {
        case .missingDatabaseURL: "DATABASE_URL is not set (e.g. postgresql://user@host/db); `make run` sets it for a local cluster"
        case .usage(let text): text
        }
    }
}

func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
}

func databaseURL() throws -> String {
    guard let url = environment("DATABASE_URL") else { throw CommandLineError.missingDatabaseURL }
    return url
}

/// Every environment variable, for the configuration of `serve`.
func processEnvironment() -> [String: String] {
    var values: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.firstIndex(of: "=") {
            values[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        entry += 1
    }
    return values
}

/// Where `db/` is: `RECTIFY_DB_DIR`, else `db` under the working directory.
let dbDirectory = environment("RECTIFY_DB_DIR") ?? "db"

let subcommands: [Subcommand] = [
    Subcommand(name: "migrate", usage: "migrate                 apply pending migrations from $RECTIFY_DB_DIR/migrations (default db/)") { arguments in
        guard arguments.isEmpty else { throw CommandLineError.usage("usage: rectify migrate") }
        return try StoreCommands.migrate(databaseURL: try databaseURL(), directory: dbDirectory + "/migrations")
    },
    Subcommand(name: "import", usage: "import FILE…            import rectification notices (with FILE's .annotations.json beside it)") { arguments in
        guard !arguments.isEmpty else { throw CommandLineError.usage("usage: rectify import FILE…") }
        return try StoreCommands.importNotices(arguments, databaseURL: try databaseURL(), gazetteerPath: dbDirectory + "/seed/units.json")
    },
    Subcommand(name: "generate", usage: "generate --findings N [--seed S]  add a deterministic synthetic dataset of N findings (seed S, default 1)") { arguments in
        try GenerateCommand.run(arguments, databaseURL: try databaseURL()) { emit($0 + "\n", to: 2) }
    },
    Subcommand(name: "serve", usage: "serve [--host H] [--port N] serve GraphQL at http://HOST:PORT/graphql until SIGTERM/SIGINT") { arguments in
        let configuration = try ServiceConfiguration.load(environment: processEnvironment(), arguments: arguments)
        let server = try RectifyServer(configuration: configuration)
        try server.run { address in
            let url = "http://\(address)/graphql"
            emit("""
                rectify: serving GraphQL at \(url) (GraphiQL in a browser; /health, /metrics, /schema.graphql)
                  try: curl -s \(url) -H 'Content-Type: application/json' -d '{"query":"{ findings(first: 3) { totalCount nodes { number title status } } }"}'

                """, to: 1)
        }
        return []
    },
    Subcommand(name: "stats", usage: "stats                   print what the database holds (findings, funds, people, dispositions)") { arguments in
        guard arguments.isEmpty else { throw CommandLineError.usage("usage: rectify stats") }
        return try StoreCommands.statistics(databaseURL: try databaseURL())
    },
]

/// Writes text to a file descriptor (1 standard output, 2 standard error), unbuffered so the
/// two streams keep their order.
func emit(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}

@MainActor func printUsage(to descriptor: Int32) {
    emit("usage: rectify SUBCOMMAND [ARGUMENTS]\nsubcommands:\n"
        + subcommands.map { "  \($0.usage)\n" }.joined()
        + "configuration: DATABASE_URL (required), RECTIFY_DB_DIR (default db); serve: HOST, PORT, DATABASE_READ_URL,\n"
        + "  RECTIFY_SCHEMA, RECTIFY_POOL_SIZE, RECTIFY_STATEMENT_TIMEOUT_MS, RECTIFY_CORS_ORIGINS, RECTIFY_MAX_* (README)\n", to: descriptor)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first else {
    printUsage(to: 2)
    exit(2)
}
if name == "help" || name == "--help" || name == "-h" {
    printUsage(to: 1)
    exit(0)
}
guard let subcommand = subcommands.first(where: { $0.name == name }) else {
    emit("rectify: unknown subcommand \"\(name)\"\n", to: 2)
    printUsage(to: 2)
    exit(2)
}
do {
    emit(try subcommand.run(Array(arguments.dropFirst())).map { $0 + "\n" }.joined(), to: 1)
} catch {
    emit("rectify \(name): \(error)\n", to: 2)
    exit(1)
}
