/// What a POST body's `Content-Type` says, checked against what the endpoint reads (GraphQL over
/// HTTP, "POST": a server MUST accept `application/json`, and "JSON Encoding": UTF-8).
enum RequestContentType: Equatable {
    /// `application/json`, with `charset=utf-8` or no charset (UTF-8 is then assumed).
    case json
    /// No `Content-Type`: 415, as the graphql-http audits expect a 4xx.
    case missing
    /// Another media type, e.g. `text/plain` or a form encoding: 415.
    case unsupported(String)
    /// `application/json` in another charset, e.g. `charset=latin1`: 415.
    case unsupportedCharset(String)

    init(_ value: String?) {
        // The form nearly every client sends, without splitting or lowercasing.
        if value == "application/json" || value == "application/json; charset=utf-8" {
            self = .json
            return
        }
        guard let value, value.contains(where: { $0 != " " && $0 != "\t" }) else {
            self = .missing
            return
        }
        let parts = value.split(separator: ";")
        let mediaType = (parts.first ?? "").trimmingWhitespace.lowercased()
        guard mediaType == "application/json" else {
            self = .unsupported(mediaType)
            return
        }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace.lowercased() == "charset" else { continue }
            var charset = pair[1].trimmingWhitespace
            if charset.count >= 2, charset.first == "\"", charset.last == "\"" {
                charset = charset.dropFirst().dropLast()
            }
            let lowered = charset.lowercased()
            if lowered != "utf-8" && lowered != "utf8" {
                self = .unsupportedCharset(String(charset))
                return
            }
        }
        self = .json
    }

    /// Why the body cannot be read, for the 415 response.
    var problem: String? {
        switch self {
        case .json: nil
        case .missing: "The request has no Content-Type; send the body as application/json."
        case .unsupported(let type): "Content-Type \(type) is not supported; send the body as application/json."
        case .unsupportedCharset(let charset): "Charset \(charset) is not supported; send the body as application/json in UTF-8."
        }
    }
}
