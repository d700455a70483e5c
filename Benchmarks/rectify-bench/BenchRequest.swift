import Foundation
import GraphQLLanguage

/// A benchmark query as files (`bench/NAME.graphql`, its variables as JSON) turned into the
/// GraphQL-over-HTTP JSON body that wrk POSTs and `rectify-bench sql` compiles.
///
/// Arguments: `QUERY.graphql [VARIABLES.json] [--set NAME=STRING]… [--operation NAME]`;
/// `--set` gives a variable a string value over the file's (the benchmark sets a sentinel
/// global ID with it, see scripts/bench.sh).
struct BenchRequest {
    var query: String
    var variables: [JSONMember] = []
    var operationName: String?

    /// Why the arguments do not make a request.
    enum ArgumentError: Error, CustomStringConvertible {
        case usage(String)
        case unreadable(path: String, reason: String)
        case variablesNotObject(path: String)

        var description: String {
            switch self {
            case .usage(let text): text
            case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
            case .variablesNotObject(let path): "\(path) must hold a JSON object of variables"
            }
        }
    }

    /// Reads the request named by `arguments`; the arguments it does not know are returned for
    /// the caller to handle.
    static func parse(_ arguments: [String], usage: String) throws(ArgumentError) -> (request: BenchRequest, rest: [String]) {
        var files: [String] = []
        var sets: [(String, String)] = []
        var operationName: String?
        var rest: [String] = []
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--set":
                guard let pair = remaining.popFirst(), let equals = pair.firstIndex(of: "=") else {
                    throw .usage("--set needs NAME=STRING\n\(usage)")
                }
                sets.append((String(pair[..<equals]), String(pair[pair.index(after: equals)...])))
            case "--operation":
                guard let name = remaining.popFirst() else { throw .usage("--operation needs a name\n\(usage)") }
                operationName = name
            case _ where argument.hasPrefix("--"):
                rest.append(argument)
                if let value = remaining.popFirst() { rest.append(value) }
            default:
                files.append(argument)
            }
        }
        guard (1...2).contains(files.count) else { throw .usage(usage) }
        var request = BenchRequest(query: try read(files[0]), operationName: operationName)
        if files.count == 2 {
            let path = files[1]
            guard case .object(let members) = try? JSONParser.parse(try read(path)) else { throw .variablesNotObject(path: path) }
            request.variables = members
        }
        for (name, value) in sets {
            request.variables.removeAll { $0.key == name }
            request.variables.append(JSONMember(name, .string(value)))
        }
        return (request, rest)
    }

    /// `{"query":…,"variables":{…}}` (with `operationName` when one was given).
    var body: [UInt8] {
        var members = [JSONMember("query", .string(query))]
        if let operationName { members.append(JSONMember("operationName", .string(operationName))) }
        if !variables.isEmpty { members.append(JSONMember("variables", .object(variables))) }
        var buffer: [UInt8] = []
        JSONWriter.write(.object(members), into: &buffer)
        return buffer
    }

    private static func read(_ path: String) throws(ArgumentError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
