@testable import HTTPServer

/// What the parser produced for a byte stream, in a form tests can compare.
enum ParsedItem: Equatable, CustomStringConvertible {
    case expectsContinue
    case request(ParsedRequest)
    case error(HTTPParseError.Reason)

    var description: String {
        switch self {
        case .expectsContinue: "100-continue"
        case .request(let request): "request(\(request))"
        case .error(let reason): "error(\(reason))"
        }
    }
}

struct ParsedRequest: Equatable, CustomStringConvertible {
    var method: String
    var target: String
    var path: String
    var query: [String]
    var version: String
    var headers: [String]
    var body: String
    var trailers: [String]
    var host: String?
    var keepAlive: Bool

    init(_ request: HTTPRequest) {
        method = request.method.rawValue
        target = request.target
        path = request.path
        query = request.queryItems.map { "\($0.name)=\($0.value)" }
        version = request.version.description
        headers = request.headers.map { "\($0.name): \($0.value)" }
        body = String(decoding: request.body, as: UTF8.self)
        trailers = request.trailers.map { "\($0.name): \($0.value)" }
        host = request.host
        keepAlive = request.keepAlive
    }

    var description: String { "\(method) \(target) \(version) body=\(body.debugDescription)" }
}

/// Feeds `chunks` to a parser the way a connection does: unconsumed bytes are kept and the
/// next chunk appended, and the parser is called until it needs more input.
func parse(chunks: [[UInt8]], limits: RequestParser.Limits = .init()) -> [ParsedItem] {
    var parser = RequestParser(limits: limits)
    var pending: [UInt8] = []
    var items: [ParsedItem] = []
    for chunk in chunks {
        pending += chunk
        // Bounded: each round consumes bytes or yields an event, and events need bytes.
        for _ in 0..<(pending.count * 2 + 8) {
            let step = pending.withUnsafeBytes { bytes in
                Result { () throws(HTTPParseError) in try parser.parse(bytes) }
            }
            switch step {
            case .failure(let error):
                items.append(.error(error.reason))
                return items
            case .success(let (consumed, event)):
                pending.removeFirst(consumed)
                switch event {
                case .expectsContinue?: items.append(.expectsContinue)
                case .request(let request)?: items.append(.request(ParsedRequest(request)))
                case nil: break
                }
                if consumed == 0 && event == nil { break }
                continue
            }
            break
        }
    }
    return items
}

/// The results of feeding `text` whole, split at every position, and byte by byte.
func parseAtEverySplit(_ text: String, limits: RequestParser.Limits = .init()) -> (whole: [ParsedItem], mismatches: [String]) {
    let bytes = Array(text.utf8)
    let whole = parse(chunks: [bytes], limits: limits)
    var mismatches: [String] = []
    for split in 1..<max(bytes.count, 1) {
        let result = parse(chunks: [Array(bytes[..<split]), Array(bytes[split...])], limits: limits)
        if result != whole { mismatches.append("split at \(split): \(result)") }
    }
    let single = parse(chunks: bytes.map { [$0] }, limits: limits)
    if single != whole { mismatches.append("byte by byte: \(single)") }
    return (whole, mismatches)
}
