import GraphQLLanguage

/// Why an HTTP request is not a well-formed GraphQL-over-HTTP request (GraphQL over HTTP,
/// "Request Parameters"): each case says which parameter was wrong and how.
///
/// These are reported as request errors with `extensions.code` `BAD_REQUEST`: 400 with
/// `application/graphql-response+json`, 200 with `application/json`.
enum GraphQLHTTPRequestError: Error, Equatable {
    case emptyBody
    case bodyNotJSON(JSONParseError)
    case batchNotSupported
    case bodyNotObject(kind: JSONKind)
    case missingQuery
    case queryNotString(kind: JSONKind)
    case operationNameNotString(kind: JSONKind)
    case variablesNotObject(kind: JSONKind)
    case variablesNotJSON(JSONParseError)
    case extensionsNotObject(kind: JSONKind)
    case extensionsNotJSON(JSONParseError)

    var message: String {
        switch self {
        case .emptyBody:
            "The request body is empty; send a JSON object such as {\"query\": \"{ __typename }\"}."
        case .bodyNotJSON(let error):
            "The request body is not valid JSON (\(error))."
        case .batchNotSupported:
            "The request body is a JSON array, but batched requests are not supported; send one JSON object per request."
        case .bodyNotObject(let kind):
            "The request body must be a JSON object with a \"query\" string, not \(kind)."
        case .missingQuery:
            "The request has no \"query\" parameter; send the GraphQL document as a string in \"query\"."
        case .queryNotString(let kind):
            "The \"query\" parameter must be a string, not \(kind)."
        case .operationNameNotString(let kind):
            "The \"operationName\" parameter must be a string or null, not \(kind)."
        case .variablesNotObject(let kind):
            "The \"variables\" parameter must be an object or null, not \(kind)."
        case .variablesNotJSON(let error):
            "The \"variables\" parameter is not valid JSON (\(error))."
        case .extensionsNotObject(let kind):
            "The \"extensions\" parameter must be an object or null, not \(kind)."
        case .extensionsNotJSON(let error):
            "The \"extensions\" parameter is not valid JSON (\(error))."
        }
    }

    var graphQLError: GraphQLError {
        GraphQLError(message, extensions: [("code", ServiceErrorCode.badRequest)])
    }
}
