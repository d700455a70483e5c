import Foundation
import Rectify

/// `rectify-bench sql` and `rectify-bench body`: what a benchmark query sends and what it runs.
///
/// ```
/// rectify-bench body QUERY.graphql [VARIABLES.json] [--set NAME=STRING]…
///     the JSON body to POST to /graphql
/// rectify-bench sql QUERY.graphql [VARIABLES.json] [--set NAME=STRING]…
///     the SQL the service compiles it to, each statement with its parameter values
/// rectify-bench sql … --pgbench PREFIX [--random TEXT=LO..HI]…
///     writes PREFIX.sql (a pgbench script) and PREFIX.defines (its `-D` values, NUL-separated)
/// ```
///
/// The schema and limits are the server's: `RECTIFY_SCHEMA` (default `schema.graphql`) and the
/// `RECTIFY_MAX_*` variables, read as `rectify serve` reads them. No database is contacted.
enum SQLCommand {
    static let usage = """
        usage: rectify-bench sql QUERY.graphql [VARIABLES.json] [--set NAME=STRING]… [--operation NAME]
                                 [--pgbench PREFIX [--random TEXT=LO..HI]…]
               rectify-bench body QUERY.graphql [VARIABLES.json] [--set NAME=STRING]… [--operation NAME]
        """

    static func body(_ arguments: [String]) {
        let (request, rest) = parse(arguments)
        guard rest.isEmpty else { fail("unknown option \(rest[0])\n\(usage)") }
        FileHandle.standardOutput.write(Data(request.body))
    }

    static func sql(_ arguments: [String]) {
        let (request, rest) = parse(arguments)
        var prefix: String?
        var randoms: [PgbenchScript.Random] = []
        var remaining = rest[...]
        while let option = remaining.popFirst() {
            let value = remaining.popFirst() ?? ""
            switch option {
            case "--pgbench": prefix = value
            case "--random":
                guard let random = random(value) else { fail("--random needs TEXT=LO..HI, e.g. 7777777771=1..1000051") }
                randoms.append(random)
            default: fail("unknown option \(option)\n\(usage)")
            }
        }
        let statements: [CompiledStatement]
        do {
            statements = try CompiledStatement.compile(body: request.body, configuration: configuration())
        } catch {
            fail("the service would refuse this request:\n\(error)")
        }
        guard let prefix else {
            print(listing(statements), terminator: "")
            return
        }
        do {
            let script = try PgbenchScript(statements, randoms: randoms)
            try Data(script.text.utf8).write(to: URL(fileURLWithPath: prefix + ".sql"))
            try Data(script.defines.map { $0 + "\0" }.joined().utf8).write(to: URL(fileURLWithPath: prefix + ".defines"))
        } catch {
            fail("\(error)")
        }
    }

    /// Each statement with a header naming its root field, then `$n = 'value'` comment lines.
    static func listing(_ statements: [CompiledStatement]) -> String {
        guard !statements.isEmpty else { return "-- no SQL: every root field is answered without the database\n" }
        var text = ""
        for (index, statement) in statements.enumerated() {
            text += "-- statement \(index + 1) of \(statements.count): root field \"\(statement.responseKey)\", "
                + "\(statement.parameters.count) parameter(s)\n"
            text += statement.sql + ";\n"
            for (number, value) in statement.parameters.enumerated() {
                let shown = value.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"
                text += "-- $\(number + 1) = \(shown)\n"
            }
        }
        return text
    }

    private static func parse(_ arguments: [String]) -> (BenchRequest, [String]) {
        do {
            return try BenchRequest.parse(arguments, usage: usage)
        } catch {
            fail("\(error)")
        }
    }

    /// `TEXT=LO..HI`.
    private static func random(_ text: String) -> PgbenchScript.Random? {
        guard let equals = text.lastIndex(of: "=") else { return nil }
        let bounds = text[text.index(after: equals)...].split(separator: ".", omittingEmptySubsequences: true)
        guard bounds.count == 2, let low = Int64(bounds[0]), let high = Int64(bounds[1]), low <= high,
              text[text.index(after: equals)...].contains("..") else { return nil }
        return PgbenchScript.Random(sentinel: String(text[..<equals]), range: low...high)
    }

    /// The server's configuration from the environment; the database URL is never used here.
    private static func configuration() -> ServiceConfiguration {
        var environment = ProcessInfo.processInfo.environment
        if environment["DATABASE_URL", default: ""].isEmpty { environment["DATABASE_URL"] = "postgresql:///unused" }
        do {
            return try ServiceConfiguration.load(environment: environment, arguments: [])
        } catch {
            fail("\(error)")
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("rectify-bench: \(message)\n".utf8))
        exit(1)
    }
}
