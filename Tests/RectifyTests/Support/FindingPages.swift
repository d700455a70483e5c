import GraphQLLanguage
import Testing

/// Walks the findings of examples/07-pages.graphql ten at a time, forward with `first`/`after`
/// and backward with `last`/`before`, sending each page's cursor back for the next, as a client
/// would; at most ten pages, so a paging bug cannot loop forever.
enum FindingPages {
    struct Walk {
        var numbers: [Int] = []
        var pages = 0
        /// Every page's `totalCount`.
        var totals: [Int?] = []
    }

    /// Question 7's answer: six pages each way, findings 1 to 51 each exactly once, `totalCount`
    /// 51 on every page.
    static func expectSixPagesEachWay(_ page: (String) throws -> JSONValue?) throws {
        let forward = try Self.forward(page)
        #expect(forward.pages == 6)
        #expect(forward.numbers == Array(1...51))
        #expect(forward.totals.allSatisfy { $0 == 51 })
        let backward = try Self.backward(page)
        #expect(backward.pages == 6)
        #expect(backward.numbers == Array(1...51))
    }

    /// `page` answers one set of variables with the `findings` connection.
    static func forward(_ page: (String) throws -> JSONValue?) rethrows -> Walk {
        var walk = Walk()
        var variables = #"{"first": 10}"#
        while walk.pages < 10 {
            let result = try page(variables)
            walk.totals.append(result?["totalCount"]?.int)
            walk.numbers += numbers(result)
            walk.pages += 1
            guard result?[.key("pageInfo"), .key("hasNextPage")] == .bool(true),
                  let end = result?[.key("pageInfo"), .key("endCursor")]?.string else { break }
            variables = #"{"first": 10, "after": "\#(end)"}"#
        }
        return walk
    }

    static func backward(_ page: (String) throws -> JSONValue?) rethrows -> Walk {
        var walk = Walk()
        var variables = #"{"last": 10}"#
        while walk.pages < 10 {
            let result = try page(variables)
            walk.totals.append(result?["totalCount"]?.int)
            walk.numbers = numbers(result) + walk.numbers
            walk.pages += 1
            guard result?[.key("pageInfo"), .key("hasPreviousPage")] == .bool(true),
                  let start = result?[.key("pageInfo"), .key("startCursor")]?.string else { break }
            variables = #"{"last": 10, "before": "\#(start)"}"#
        }
        return walk
    }

    private static func numbers(_ connection: JSONValue?) -> [Int] {
        (connection?["edges"]?.array ?? []).compactMap { $0[.key("node"), .key("number")]?.int }
    }
}
