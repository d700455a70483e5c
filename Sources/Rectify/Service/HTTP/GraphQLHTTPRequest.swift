import GraphQLLanguage
import HTTPServer

/// The parameters of a GraphQL-over-HTTP request (GraphQL over HTTP, "Request Parameters"):
/// `query`, `operationName`, `variables` and `extensions`, read from a JSON body (POST) or the
/// URL's query (GET).
///
/// Anything that is not a well-formed request is a ``GraphQLHTTPRequestError`` whose message says
/// exactly which parameter was wrong and how.
struct GraphQLHTTPRequest: Equatable {
    var query: String
    var operationName: String?
    var variables: [String: JSONValue]
    /// Accepted and ignored: the server defines no extensions.
    var extensions: [JSONMember]?

    /// Reads a POST body as `application/json` ("POST", "JSON Encoding").
    ///
    /// The body must be one JSON object; an array is refused by name, since batching (several
    /// operations per request) is not part of the specification and not supported here.
    static func decode(body: [UInt8]) -> Result<GraphQLHTTPRequest, GraphQLHTTPRequestError> {
        guard body.contains(where: { !isJSONWhitespace($0) }) else { return .failure(.emptyBody) }
        let json: JSONValue
        do {
            json = try JSONParser.parse(body, maxDepth: 128)
        } catch {
            return .failure(.bodyNotJSON(error))
        }
        guard case .object(let members) = json else {
            if case .array = json { return .failure(.batchNotSupported) }
            return .failure(.bodyNotObject(kind: JSONKind(json)))
        }
        var queryValue: JSONValue?
        var operationValue: JSONValue?
        var variablesValue: JSONValue?
        var extensionsValue: JSONValue?
        for member in members {
            switch member.key {
            case "query": queryValue = member.value
            case "operationName": operationValue = member.value
            case "variables": variablesValue = member.value
            case "extensions": extensionsValue = member.value
            default: break
            }
        }
        guard let queryValue else { return .failure(.missingQuery) }
        guard case .string(let query) = queryValue else { return .failure(.queryNotString(kind: JSONKind(queryValue))) }
        var request = GraphQLHTTPRequest(query: query, operationName: nil, variables: [:], extensions: nil)
        switch operationValue {
        case nil, .null?: break
        case .string(let name)?: request.operationName = name
        case let other?: return .failure(.operationNameNotString(kind: JSONKind(other)))
        }
        switch variablesValue {
        case nil, .null?: break
        case .object(let members)?: request.variables = dictionary(members)
        case let other?: return .failure(.variablesNotObject(kind: JSONKind(other)))
        }
        switch extensionsValue {
        case nil, .null?: break
        case .object(let members)?: request.extensions = members
        case let other?: return .failure(.extensionsNotObject(kind: JSONKind(other)))
        }
        return .success(request)
    }

    /// Reads a GET request's URL query ("GET"): `query` and `operationName` as text, `variables`
    /// and `extensions` as JSON text. An empty `operationName`, `variables` or `extensions` is
    /// taken as absent, as HTML forms send empty fields.
    static func decode(queryItems: [QueryItem]) -> Result<GraphQLHTTPRequest, GraphQLHTTPRequestError> {
        func first(_ name: String) -> String? { queryItems.first { $0.name == name }?.value }
        guard let query = first("query") else { return .failure(.missingQuery) }
        var request = GraphQLHTTPRequest(query: query, operationName: nil, variables: [:], extensions: nil)
        if let name = first("operationName"), !name.isEmpty { request.operationName = name }
        if let text = first("variables"), !text.isEmpty {
            switch parseObject(text) {
            case .success(let members?): request.variables = dictionary(members)
            case .success(nil): break
            case .failure(.notJSON(let error)): return .failure(.variablesNotJSON(error))
            case .failure(.notObject(let kind)): return .failure(.variablesNotObject(kind: kind))
            }
        }
        if let text = first("extensions"), !text.isEmpty {
            switch parseObject(text) {
            case .success(let members): request.extensions = members
            case .failure(.notJSON(let error)): return .failure(.extensionsNotJSON(error))
            case .failure(.notObject(let kind)): return .failure(.extensionsNotObject(kind: kind))
            }
        }
        return .success(request)
    }

    private enum ObjectProblem: Error {
        case notJSON(JSONParseError)
        case notObject(JSONKind)
    }

    /// A URL parameter's JSON object (nil for `null`).
    private static func parseObject(_ text: String) -> Result<[JSONMember]?, ObjectProblem> {
        let json: JSONValue
        do {
            json = try JSONParser.parse(text, maxDepth: 128)
        } catch {
            return .failure(.notJSON(error))
        }
        switch json {
        case .object(let members): return .success(members)
        case .null: return .success(nil)
        default: return .failure(.notObject(JSONKind(json)))
        }
    }

    private static func dictionary(_ members: [JSONMember]) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        values.reserveCapacity(members.count)
        for member in members { values[member.key] = member.value }
        return values
    }

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
