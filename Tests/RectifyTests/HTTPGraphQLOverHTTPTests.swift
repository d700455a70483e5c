import GraphQLLanguage
import Testing

/// The rules of GraphQL over HTTP that the graphql-http audit suite checks (src/audits/server.ts,
/// summarised in notes/graphql-http-audits.md), each with both response media types, against the
/// server running over the seed database.
@Suite struct HTTPGraphQLOverHTTPTests {
    static let gqlr = "application/graphql-response+json"
    static let json = "application/json"

    /// One request and what the audit expects of its response.
    struct Rule: Sendable, CustomTestStringConvertible {
        var id: String
        var method = "POST"
        var target = "/graphql"
        var headers: [(String, String)] = [("Content-Type", "application/json")]
        var body: String? = #"{"query":"{ __typename }"}"#
        var status: Int
        /// The response's Content-Type must contain this.
        var contentType: String?
        /// nil: not checked; true: `errors` present; false: absent.
        var errors: Bool?
        /// nil: not checked; true: `data` present; false: absent.
        var data: Bool?

        var testDescription: String { id }

        static func post(_ id: String, accept: String?, body: String?, status: Int, errors: Bool? = nil, data: Bool? = nil) -> Rule {
            var headers = [("Content-Type", "application/json")]
            if let accept { headers.append(("Accept", accept)) }
            return Rule(id: id, headers: headers, body: body, status: status, contentType: accept.map { $0 == gqlr ? gqlr : json },
                        errors: errors, data: data)
        }
    }

    static let invalidQueries = [("object", #"{"obj":"ect"}"#), ("number", "0"), ("boolean", "false"), ("array", #"["array"]"#)]
    static let invalidMaps = [("string", #""string""#), ("number", "0"), ("boolean", "false"), ("array", #"["array"]"#)]
    static let typeQuery = #"query Type($name: String!) { __type(name: $name) { name } }"#

    static let rules: [Rule] = {
        var rules: [Rule] = [
            .post("22EB accepts application/graphql-response+json", accept: gqlr, body: #"{"query":"{ __typename }"}"#, status: 200, errors: false, data: true),
            .post("4655 accepts application/json", accept: json, body: #"{"query":"{ __typename }"}"#, status: 200, errors: false, data: true),
            .post("47DE answers */* with application/json", accept: "*/*", body: #"{"query":"{ __typename }"}"#, status: 200),
            Rule(id: "80D8 answers a GET without Accept with application/json", method: "GET",
                 target: HTTPTestClient.getTarget([("query", "{ __typename }")]), headers: [], body: nil, status: 200, contentType: json),
            Rule(id: "BF61 accepts a body declared charset=utf-8", headers: [("Content-Type", "application/json; charset=utf-8")], status: 200, errors: false),
            Rule(id: "78D5 assumes UTF-8 without a charset", status: 200, contentType: json, errors: false),
            Rule(id: "9C48 refuses a mutation over GET (graphql-response+json)", method: "GET",
                 target: HTTPTestClient.getTarget([("query", "mutation { __typename }")]), headers: [("Accept", gqlr)], body: nil, status: 405),
            Rule(id: "9C48 refuses a mutation over GET (json)", method: "GET",
                 target: HTTPTestClient.getTarget([("query", "mutation { __typename }")]), headers: [("Accept", json)], body: nil, status: 405),
            Rule(id: "9ABE refuses a POST without Content-Type", headers: [], body: nil, status: 415),
            .post("7267 needs a body (json)", accept: json, body: nil, status: 200, errors: true, data: false),
            .post("7267 needs a body (graphql-response+json)", accept: gqlr, body: nil, status: 400, errors: true, data: false),
            .post("6610 missing query (graphql-response+json)", accept: gqlr, body: #"{"notquery":"{ __typename }"}"#, status: 400, errors: true, data: false),
            .post("3715 missing query (json)", accept: json, body: #"{"notquery":"{ __typename }"}"#, status: 200, errors: true, data: false),
            .post("8161 string operationName (graphql-response+json)", accept: gqlr, body: #"{"operationName":"Query","query":"query Query { __typename }"}"#, status: 200, errors: false),
            .post("B8B3 string operationName (json)", accept: json, body: #"{"operationName":"Query","query":"query Query { __typename }"}"#, status: 200, errors: false),
            .post("2EA1 map variables (graphql-response+json)", accept: gqlr,
                  body: String(decoding: HTTPTestClient.body(typeQuery, variables: #"{"name":"sometype"}"#), as: UTF8.self), status: 200, errors: false),
            .post("28B9 map variables (json)", accept: json,
                  body: String(decoding: HTTPTestClient.body(typeQuery, variables: #"{"name":"sometype"}"#), as: UTF8.self), status: 200, errors: false),
            Rule(id: "D6D5 URL-encoded JSON variables in GET (graphql-response+json)", method: "GET",
                 target: HTTPTestClient.getTarget([("query", typeQuery), ("variables", #"{"name":"sometype"}"#)]), headers: [("Accept", gqlr)],
                 body: nil, status: 200, contentType: gqlr, errors: false),
            Rule(id: "6A70 URL-encoded JSON variables in GET (json)", method: "GET",
                 target: HTTPTestClient.getTarget([("query", typeQuery), ("variables", #"{"name":"sometype"}"#)]), headers: [("Accept", json)],
                 body: nil, status: 200, contentType: json, errors: false),
            .post("428F map extensions (graphql-response+json)", accept: gqlr, body: #"{"query":"{ __typename }","extensions":{"some":"value"}}"#, status: 200, errors: false),
            .post("1B7A map extensions (json)", accept: json, body: #"{"query":"{ __typename }","extensions":{"some":"value"}}"#, status: 200, errors: false),
            .post("D477 JSON parse failure (json)", accept: json, body: #"{ "not a JSON"#, status: 200, errors: true, data: false),
            .post("2163 JSON parse failure (graphql-response+json)", accept: gqlr, body: #"{ "not a JSON"#, status: 400, errors: true, data: false),
            .post("F5AF invalid parameters (json)", accept: json, body: #"{"qeury":"{ __typename }"}"#, status: 200, errors: true),
            .post("17C5 34D6 invalid parameters (graphql-response+json)", accept: gqlr, body: #"{"qeury":"{ __typename }"}"#, status: 400, errors: true, data: false),
            .post("572B document parse failure (json)", accept: json, body: #"{"query":"{"}"#, status: 200, errors: true),
            .post("556A D586 document parse failure (graphql-response+json)", accept: gqlr, body: #"{"query":"{"}"#, status: 400, errors: true, data: false),
            .post("FDE2 validation failure (json)", accept: json, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, status: 200, errors: true),
            .post("74FF 5E5B validation failure (graphql-response+json)", accept: gqlr, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, status: 400, errors: true, data: false),
        ]
        for (index, (kind, value)) in invalidQueries.enumerated() {
            rules.append(.post("4F5\(index) \(kind) query (graphql-response+json)", accept: gqlr, body: #"{"query":\#(value)}"#, status: 400, errors: true, data: false))
            rules.append(.post("9FE\(index) \(kind) query (json)", accept: json, body: #"{"query":\#(value)}"#, status: 200, errors: true, data: false))
            rules.append(.post("E3E\(index) \(kind) operationName (graphql-response+json)", accept: gqlr,
                               body: #"{"operationName":\#(value),"query":"{ __typename }"}"#, status: 400, errors: true, data: false))
            rules.append(.post("FB9\(index) \(kind) operationName (json)", accept: json,
                               body: #"{"operationName":\#(value),"query":"{ __typename }"}"#, status: 200, errors: true, data: false))
        }
        for (index, (kind, value)) in invalidMaps.enumerated() {
            for parameter in ["variables", "extensions"] {
                let (gqlrID, jsonID) = parameter == "variables" ? ("69B\(index)", "F05\(index)") : ("904\(index)", "368\(index)")
                rules.append(.post("\(gqlrID) \(kind) \(parameter) (graphql-response+json)", accept: gqlr,
                                   body: #"{"query":"{ __typename }","\#(parameter)":\#(value)}"#, status: 400, errors: true, data: false))
                rules.append(.post("\(jsonID) \(kind) \(parameter) (json)", accept: json,
                                   body: #"{"query":"{ __typename }","\#(parameter)":\#(value)}"#, status: 200, errors: true, data: false))
            }
        }
        for (index, parameter) in ["variables", "operationName", "extensions"].enumerated() {
            rules.append(.post("94B\(index) null \(parameter) (graphql-response+json)", accept: gqlr,
                               body: #"{"query":"{ __typename }","\#(parameter)":null}"#, status: 200, errors: false, data: true))
            rules.append(.post("022\(index) null \(parameter) (json)", accept: json,
                               body: #"{"query":"{ __typename }","\#(parameter)":null}"#, status: 200, errors: false, data: true))
        }
        return rules
    }()

    @Test(arguments: rules)
    func followsTheAuditRule(_ rule: Rule) throws {
        let service = try ServiceHarness.service()
        let response = try HTTPTestClient.request(port: service.port, method: rule.method, target: rule.target, headers: rule.headers,
                                                  body: rule.body.map { Array($0.utf8) })
        #expect(response.status == rule.status, "\(response)")
        if let contentType = rule.contentType {
            #expect(response.header("Content-Type")?.contains(contentType) == true, "\(response)")
        }
        // Every GraphQL answer is UTF-8 JSON, says so, and is never cached.
        #expect(response.header("Content-Type")?.contains("charset=utf-8") == true, "\(response)")
        #expect(String(validating: response.body, as: UTF8.self) != nil)
        #expect(response.header("Cache-Control") == "no-store")
        let json = try response.json()
        if let errors = rule.errors {
            #expect((json["errors"] != nil) == errors, "\(response)")
        }
        if let data = rule.data {
            #expect((json["data"] != nil) == data, "\(response)")
        }
    }

    @Test func answersTypenameWithTheQueryType() throws {
        let data = try ServiceHarness.service().data("{ __typename }")
        #expect(data == .object([JSONMember("__typename", .string("Query"))]))
    }

    @Test func answersAnUnknownTypeWithNullAndNoError() throws {
        let data = try ServiceHarness.service().data(Self.typeQuery, variables: #"{"name":"sometype"}"#)
        #expect(data["__type"] == .null)
    }

    @Test func refusesAMutationOverGETWithAllowPOST() throws {
        let service = try ServiceHarness.service()
        let response = try service.get(HTTPTestClient.getTarget([("query", "mutation M { __typename }")]), headers: [("Accept", Self.gqlr)])
        #expect(response.status == 405)
        #expect(response.header("Allow") == "POST")
        #expect(try ServiceHarness.messages(response) == ["Can only perform a mutation operation from a POST request."])
        #expect(try response.json()["data"] == nil)
    }

    @Test func refusesASubscriptionOverGET() throws {
        let service = try ServiceHarness.service()
        let response = try service.get(HTTPTestClient.getTarget([("query", "subscription { __typename }")]))
        #expect(response.status == 405)
        #expect(response.header("Allow") == "POST")
    }

    @Test func choosesTheOperationBeforeRefusingGET() throws {
        // A query chosen from a document that also holds a mutation runs over GET.
        let service = try ServiceHarness.service()
        let document = "query Q { __typename } mutation M { __typename }"
        let query = try service.get(HTTPTestClient.getTarget([("query", document), ("operationName", "Q")]))
        #expect(query.status == 200, "\(query)")
        let mutation = try service.get(HTTPTestClient.getTarget([("query", document), ("operationName", "M")]))
        #expect(mutation.status == 405)
    }

    @Test func reportsAMutationOverPOSTAsGraphQLJSDoes() throws {
        let response = try ServiceHarness.service().graphQL("mutation { __typename }", accept: Self.gqlr)
        #expect(response.status == 200)
        let json = try response.json()
        #expect(json.keys == ["errors", "data"])
        #expect(json["data"] == .null)
        #expect(try ServiceHarness.messages(response) == ["Schema is not configured to execute mutation operation."])
        #expect(json["errors"]?[.index(0), .key("locations")] == .array([.object([JSONMember("line", .number("1")), JSONMember("column", .number("1"))])]))
    }

    @Test(arguments: [
        ("application/json;q=0.5, application/graphql-response+json", gqlr),
        ("application/graphql-response+json;q=0.5, application/json", json),
        ("application/graphql-response+json, application/json", gqlr),
        ("application/json, application/graphql-response+json", json),
        ("application/*", json),
        ("application/graphql-response+json;q=0, */*", json),
        ("text/html, application/graphql-response+json;q=0.9", gqlr),
    ])
    func negotiatesTheMediaTypeByQuality(accept: String, expected: String) throws {
        let response = try ServiceHarness.service().graphQL("{ __typename }", accept: accept)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == expected + "; charset=utf-8")
    }

    @Test(arguments: ["text/plain", "application/xml, text/html", "application/json;q=0, application/graphql-response+json;q=0"])
    func refusesAnAcceptItCannotServe(accept: String) throws {
        let response = try ServiceHarness.service().graphQL("{ __typename }", accept: accept)
        #expect(response.status == 406)
        #expect(try ServiceHarness.codes(response) == ["BAD_REQUEST"])
    }

    @Test(arguments: ["application/json; charset=latin1", "text/plain", "application/x-www-form-urlencoded", "application/graphql"])
    func refusesABodyThatIsNotUTF8JSON(contentType: String) throws {
        let service = try ServiceHarness.service()
        let response = try HTTPTestClient.request(port: service.port, method: "POST", target: "/graphql",
                                                  headers: [("Content-Type", contentType)], body: Array(#"{"query":"{ __typename }"}"#.utf8))
        #expect(response.status == 415, "\(response)")
        let message = try ServiceHarness.messages(response).first ?? ""
        #expect(message.contains("application/json"))
    }

    @Test(arguments: ["PUT", "DELETE", "PATCH"])
    func refusesOtherMethods(method: String) throws {
        let service = try ServiceHarness.service()
        let response = try HTTPTestClient.request(port: service.port, method: method, target: "/graphql",
                                                  headers: [("Content-Type", "application/json")], body: Array(#"{"query":"{ __typename }"}"#.utf8))
        #expect(response.status == 405)
        #expect(response.header("Allow")?.contains("POST") == true)
    }

    @Test func saysWhyABatchIsRefused() throws {
        let service = try ServiceHarness.service()
        let response = try HTTPTestClient.request(port: service.port, method: "POST", target: "/graphql",
                                                  headers: [("Content-Type", "application/json"), ("Accept", Self.gqlr)],
                                                  body: Array(#"[{"query":"{ __typename }"}]"#.utf8))
        #expect(response.status == 400)
        #expect(try ServiceHarness.messages(response).first?.contains("batched requests are not supported") == true)
    }

    @Test func namesTheParameterThatIsWrong() throws {
        let service = try ServiceHarness.service()
        let cases: [(String, String)] = [
            (#"{"query":{"obj":"ect"}}"#, #"The "query" parameter must be a string, not an object."#),
            (#"{"query":"{ __typename }","variables":[7]}"#, #"The "variables" parameter must be an object or null, not an array."#),
            (#"{"query":"{ __typename }","operationName":0}"#, #"The "operationName" parameter must be a string or null, not a number."#),
            (#"{"query":"{ __typename }","extensions":"x"}"#, #"The "extensions" parameter must be an object or null, not a string."#),
            (#"{"qeury":"{ __typename }"}"#, #"The request has no "query" parameter; send the GraphQL document as a string in "query"."#),
            ("7", "The request body must be a JSON object with a \"query\" string, not a number."),
        ]
        for (body, message) in cases {
            let response = try HTTPTestClient.request(port: service.port, method: "POST", target: "/graphql",
                                                      headers: [("Content-Type", "application/json")], body: Array(body.utf8))
            #expect(try ServiceHarness.messages(response) == [message], "\(body)")
            #expect(try ServiceHarness.codes(response) == ["BAD_REQUEST"])
        }
    }

    @Test func acceptsHEADLikeGETWithoutABody() throws {
        let service = try ServiceHarness.service()
        let connection = try HTTPTestConnection(port: service.port)
        try connection.send(HTTPTestClient.requestBytes(method: "HEAD", target: HTTPTestClient.getTarget([("query", "{ __typename }")]),
                                                        headers: [], body: nil))
        // A HEAD response has a Content-Length but no body; read the head only.
        let response = try connection.readResponse(headOnly: true)
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
    }

    @Test func sendsCORSHeadersForBrowsersOnOtherOrigins() throws {
        let service = try ServiceHarness.service()
        let response = try HTTPTestClient.request(port: service.port, method: "POST", target: "/graphql",
                                                  headers: [("Content-Type", "application/json"), ("Origin", "https://dashboard.example.org")],
                                                  body: Array(#"{"query":"{ __typename }"}"#.utf8))
        #expect(response.header("Access-Control-Allow-Origin") == "*")
        let preflight = try HTTPTestClient.request(port: service.port, method: "OPTIONS", target: "/graphql", headers: [
            ("Origin", "https://dashboard.example.org"), ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type, apollographql-client-name, x-request-id"),
        ])
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("POST") == true)
        #expect(preflight.header("Access-Control-Allow-Headers") == "content-type, apollographql-client-name, x-request-id")
    }

    @Test func servesGraphiQLToABrowserWithoutAQuery() throws {
        let service = try ServiceHarness.service()
        let response = try service.get("/graphql", headers: [("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")])
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        #expect(response.text.contains("graphiql"))
        // A browser that sends a query gets JSON.
        let query = try service.get(HTTPTestClient.getTarget([("query", "{ __typename }")]), headers: [("Accept", "text/html,*/*;q=0.8")])
        #expect(query.header("Content-Type") == "application/json; charset=utf-8")
    }
}
