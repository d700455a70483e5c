import GraphQLLanguage
import PostgresClient

/// Writes GraphQL responses (spec §7.1) as JSON bytes, straight into the response body.
///
/// `errors` comes before `data` when both are present, as the spec recommends (§7.1: "errors
/// … first … to make it clear"); a request error has no `data` key at all (§7.1.1). Each root
/// field's value is PostgreSQL's JSON text copied into `{"data":{…}}` without its whitespace
/// between tokens (``CompactJSON``), never decoded or re-encoded.
enum GraphQLResponseWriter {
    /// `{"errors":[…]}`: a request error, no `data`.
    static func requestErrors(_ errors: [GraphQLError]) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(128 * errors.count + 16)
        buffer.append(contentsOf: #"{"errors":"#.utf8)
        write(errors, into: &buffer)
        buffer.append(UInt8(ascii: "}"))
        return buffer
    }

    /// `{"errors":[…],"data":null}`: execution began and failed as a whole.
    static func executionErrors(_ errors: [GraphQLError], debug: DebugExtensions? = nil) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.append(contentsOf: #"{"errors":"#.utf8)
        write(errors, into: &buffer)
        buffer.append(contentsOf: #","data":null"#.utf8)
        debug?.write(into: &buffer)
        buffer.append(UInt8(ascii: "}"))
        return buffer
    }

    /// `{"data":{…}}` with each root field's JSON in selection order: text computed in Swift, or
    /// the single value of a statement's result; `{"errors":[…],"data":{…}}` when some fields
    /// failed with field errors (their values already `null`).
    static func data(_ fields: [ExecutionField], results: [PostgresResult], errors: [GraphQLError] = [], debug: DebugExtensions? = nil) -> [UInt8] {
        var buffer: [UInt8] = []
        var size = 32 + 128 * errors.count
        for field in fields {
            size += field.key.utf8.count + 4
            switch field.value {
            case .json(let json): size += json.utf8.count
            case .statement(let index): size += withValue(of: results[index]) { $0.count } ?? 4
            }
        }
        buffer.reserveCapacity(size + (debug == nil ? 0 : 160))
        buffer.append(UInt8(ascii: "{"))
        if !errors.isEmpty {
            buffer.append(contentsOf: #""errors":"#.utf8)
            write(errors, into: &buffer)
            buffer.append(UInt8(ascii: ","))
        }
        buffer.append(contentsOf: #""data":{"#.utf8)
        for (position, field) in fields.enumerated() {
            if position > 0 { buffer.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(field.key, into: &buffer)
            buffer.append(UInt8(ascii: ":"))
            switch field.value {
            case .json(let json):
                buffer.append(contentsOf: json.utf8)
            case .statement(let index):
                let written: Void? = withValue(of: results[index]) { CompactJSON.append($0, to: &buffer) }
                if written == nil { buffer.append(contentsOf: "null".utf8) }
            }
        }
        buffer.append(UInt8(ascii: "}"))
        debug?.write(into: &buffer)
        buffer.append(UInt8(ascii: "}"))
        return buffer
    }

    /// Calls `body` with the bytes of a root statement's one value (PostgreSQL's JSON text);
    /// nil for SQL NULL or a result without a row, which the field reports as `null`.
    private static func withValue<R>(of result: PostgresResult, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard !result.isEmpty, result.columnCount >= 1 else { return nil }
        return result[0][0].withUnsafeBytes(body)
    }

    /// `[{"message":…,"locations":[…],"path":[…],"extensions":{…}}, …]`, keys in graphql-js's order.
    static func write(_ errors: [GraphQLError], into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "["))
        for (position, error) in errors.enumerated() {
            if position > 0 { buffer.append(UInt8(ascii: ",")) }
            write(error, into: &buffer)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    static func write(_ error: GraphQLError, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: #"{"message":"#.utf8)
        JSONWriter.writeString(error.message, into: &buffer)
        if !error.locations.isEmpty {
            buffer.append(contentsOf: #","locations":["#.utf8)
            for (position, location) in error.locations.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer.append(contentsOf: #"{"line":"#.utf8)
                JSONWriter.writeInteger(location.line, into: &buffer)
                buffer.append(contentsOf: #","column":"#.utf8)
                JSONWriter.writeInteger(location.column, into: &buffer)
                buffer.append(UInt8(ascii: "}"))
            }
            buffer.append(UInt8(ascii: "]"))
        }
        if let path = error.path {
            buffer.append(contentsOf: #","path":["#.utf8)
            for (position, component) in path.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                switch component {
                case .key(let key): JSONWriter.writeString(key, into: &buffer)
                case .index(let index): JSONWriter.writeInteger(index, into: &buffer)
                }
            }
            buffer.append(UInt8(ascii: "]"))
        }
        if !error.extensions.isEmpty {
            buffer.append(contentsOf: #","extensions":{"#.utf8)
            for (position, entry) in error.extensions.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(entry.key, into: &buffer)
                buffer.append(UInt8(ascii: ":"))
                JSONWriter.writeString(entry.value, into: &buffer)
            }
            buffer.append(UInt8(ascii: "}"))
        }
        buffer.append(UInt8(ascii: "}"))
    }
}
