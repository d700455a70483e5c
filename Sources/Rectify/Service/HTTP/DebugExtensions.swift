import GraphQLLanguage

/// What `RECTIFY_DEBUG=1` adds to a response as `extensions.debug`: the statements the request
/// cost on its connection and whether the caches answered, so tests and operators can check that
/// a request's statement count does not grow with rows or nesting.
struct DebugExtensions {
    var statementsExecuted = 0
    var statementsPrepared = 0
    var documentCacheHit = false
    var planCacheHit = false

    func write(into buffer: inout [UInt8]) {
        buffer.append(contentsOf: #","extensions":{"debug":{"statementsExecuted":"#.utf8)
        JSONWriter.writeInteger(statementsExecuted, into: &buffer)
        buffer.append(contentsOf: #","statementsPrepared":"#.utf8)
        JSONWriter.writeInteger(statementsPrepared, into: &buffer)
        buffer.append(contentsOf: #","documentCacheHit":"#.utf8)
        buffer.append(contentsOf: (documentCacheHit ? "true" : "false").utf8)
        buffer.append(contentsOf: #","planCacheHit":"#.utf8)
        buffer.append(contentsOf: (planCacheHit ? "true" : "false").utf8)
        buffer.append(contentsOf: "}}".utf8)
    }
}
