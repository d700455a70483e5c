import GraphQLLanguage
import PostgresClient

/// Writes GraphQL responses (spec §7.1) as JSON bytes, straight into the response body.
///
/// `errors` comes before `data` when both are present, as the spec recommends (§7.1: "errors
/// … first … to make it clear"); a request error has no `data` key at all (§7.1.1). Each root
/// field's value is PostgreSQL's JSON text copied byte for byte into `{"data":{…}}`, never
/// decoded or re-encoded.
///
/// PostgreSQL's `json` keeps the spaces it writes between tokens (`{"number" : 1, …}`): 4–10 %
/// of a response's bytes. Dropping them while copying was measured (callgrind, per request of
/// `bench/drilldown.graphql`) at 47.5k of 178.7k instructions, a quarter of the server's work,
/// for bytes every JSON parser ignores; the text goes out as PostgreSQL wrote it.
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

    /// The bytes of a data response other than the statements' values: the envelope, the field
    /// errors, the keys and the values computed in Swift (what a ``DatabaseJob/ResponseBudget``
    /// starts from).
    static func fixedSize(of fields: [ExecutionField], errors: [GraphQLError]) -> Int {
        var size = 12
        if !errors.isEmpty {
            var written: [UInt8] = []
            write(errors, into: &written)
            size += written.count + 10
        }
        for field in fields {
            size += field.key.utf8.count + 4
            if case .json(let json) = field.value { size += json.utf8.count }
        }
        return size
    }

    /// One piece of a data response: bytes written in Swift, or a statement's value (the row
    /// that holds it, so the bytes are read from PostgreSQL's result without a copy).
    enum DataSegment {
        case bytes([UInt8])
        case value(PostgresRow)

        var count: Int {
            switch self {
            case .bytes(let bytes): bytes.count
            case .value(let row): withValue(of: row) { $0.count } ?? 0
            }
        }
    }

    /// `{"data":{…}}` with each root field's JSON in selection order: text computed in Swift, or
    /// the value of a statement's row (nil, SQL NULL: `null`); `{"errors":[…],"data":{…}}` when
    /// some fields failed with field errors (their values already `null`).
    static func data(_ fields: [ExecutionField], rows: [PostgresRow?], errors: [GraphQLError] = [], debug: DebugExtensions? = nil) -> [UInt8] {
        bytes(of: dataSegments(fields, rows: rows, errors: errors, debug: debug))
    }

    /// The segments' bytes in one buffer.
    static func bytes(of segments: [DataSegment]) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(segments.reduce(0) { $0 + $1.count })
        for segment in segments {
            switch segment {
            case .bytes(let bytes): buffer.append(contentsOf: bytes)
            case .value(let row): withValue(of: row) { buffer.append(contentsOf: $0) }
            }
        }
        return buffer
    }

    /// The data response as segments, in order: what ``data(_:rows:errors:debug:)`` concatenates and a
    /// ``DataResponseStream`` writes piece by piece.
    static func dataSegments(_ fields: [ExecutionField], rows: [PostgresRow?], errors: [GraphQLError] = [], debug: DebugExtensions? = nil) -> [DataSegment] {
        var segments: [DataSegment] = []
        var buffer: [UInt8] = [UInt8(ascii: "{")]
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
                if let row = rows[index], withValue(of: row, { _ in () }) != nil {
                    segments.append(.bytes(buffer))
                    segments.append(.value(row))
                    buffer = []
                } else {
                    buffer.append(contentsOf: "null".utf8)
                }
            }
        }
        buffer.append(UInt8(ascii: "}"))
        debug?.write(into: &buffer)
        buffer.append(UInt8(ascii: "}"))
        segments.append(.bytes(buffer))
        return segments
    }

    /// Calls `body` with the bytes of a root statement's value (PostgreSQL's JSON text, the
    /// row's first column); nil for SQL NULL or no row, which the field reports as `null`.
    static func withValue<R>(of row: PostgresRow?, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard let row, !row.isEmpty else { return nil }
        return row[0].withUnsafeBytes(body)
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
