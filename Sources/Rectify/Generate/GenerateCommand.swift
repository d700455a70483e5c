internal import PostgresClient

/// The `generate` subcommand for `main.swift`: reads `--findings N [--seed S]`, connects to
/// `databaseURL`, generates, and returns the lines to print.
package enum GenerateCommand {
    package static let usage = "usage: rectify generate --findings N [--seed S]   (N from 1 to \(DatasetGenerator.maximumFindings), S a 64-bit unsigned integer, default 1)"

    /// What the command line asks for.
    package struct Arguments: Equatable, Sendable {
        package var findings: Int
        package var seed: UInt64
    }

    /// Parses `--findings N`, `--seed S` (also `--findings=N`); every problem names the argument.
    package static func parse(_ arguments: [String]) throws(GenerateError) -> Arguments {
        var findings: Int?
        var seed: UInt64?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let (name, inlineValue) = split(argument)
            guard name == "--findings" || name == "--seed" else {
                throw .usage("unknown argument \"\(argument)\"\n\(usage)")
            }
            guard let value = inlineValue ?? rest.popFirst() else {
                throw .usage("\(name) needs a value\n\(usage)")
            }
            if name == "--findings" {
                guard findings == nil else { throw .usage("--findings is given twice\n\(usage)") }
                guard let number = Int(value), (1...DatasetGenerator.maximumFindings).contains(number) else {
                    throw .usage("--findings must be a whole number from 1 to \(DatasetGenerator.maximumFindings), not \"\(value)\"\n\(usage)")
                }
                findings = number
            } else {
                guard seed == nil else { throw .usage("--seed is given twice\n\(usage)") }
                guard let number = UInt64(value) else {
                    throw .usage("--seed must be a whole number from 0 to \(UInt64.max), not \"\(value)\"\n\(usage)")
                }
                seed = number
            }
        }
        guard let findings else { throw .usage("--findings is required\n\(usage)") }
        return Arguments(findings: findings, seed: seed ?? 1)
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// Runs the command: parses, connects, generates; `progress` hears a line per batch.
    package static func run(_ arguments: [String], databaseURL: String, progress: (String) -> Void) throws(GenerateError) -> [String] {
        let parsed = try parse(arguments)
        let generator = try DatasetGenerator(seed: parsed.seed, findings: parsed.findings)
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection(url: databaseURL)
        } catch {
            // The operator's own URL: the failure's debug text names host and reason, no password.
            throw .database("cannot connect: \(String(reflecting: error))")
        }
        return try generator.generate(into: connection, progress: progress).lines
    }
}
