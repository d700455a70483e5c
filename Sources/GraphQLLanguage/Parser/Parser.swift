/// A recursive-descent parser for GraphQL documents (spec §2, §3), one `parseX` per production.
///
/// Productions are written over a few combinators, as in graphql-js: `expect`, `expectOptional`,
/// `expectKeyword`, and the list shapes `many`, `optionalMany`, `any` and `delimitedMany`. The
/// parser keeps one current token and lexes the next as it advances, so errors arise in the same
/// order as graphql-js's and read the same.
public struct Parser: ~Copyable {
    var lexer: Lexer
    /// The token being looked at.
    var token: Token
    /// End offset of the last token consumed, the end of the node being built.
    var lastTokenEnd = 0
    let options: ParseOptions
    private var tokenCount = 0
    private var depth = 0
    // Items of the lists being parsed, popped as exactly-sized arrays when each list closes.
    var selectionScratch = ScratchStack<Selection>(capacity: 32)
    /// Fields and inline fragments whose selection sets are open, completed when they close.
    var pendingFields = ScratchStack<Field>(capacity: 8)
    var pendingInlineFragments = ScratchStack<InlineFragment>(capacity: 4)
    var argumentScratch = ScratchStack<Argument>(capacity: 8)
    var directiveScratch = ScratchStack<Directive>(capacity: 4)
    var valueScratch = ScratchStack<Value>(capacity: 8)
    var objectFieldScratch = ScratchStack<ObjectField>(capacity: 8)
    /// Selection sets, lists and input objects whose closing token is still to come.
    var openSelectionSets = ScratchStack<OpenSelectionSet>(capacity: 8)
    var openValues = ScratchStack<OpenCompositeValue>(capacity: 4)

    init(bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions) {
        lexer = Lexer(bytes: bytes)
        token = Token(kind: .startOfFile, start: 0, end: 0, line: 1, column: 1)
        self.options = options
    }

    // MARK: Entry points

    /// Parses a GraphQL document: operations, fragments, type-system definitions and extensions.
    public static func parse(_ source: String, options: ParseOptions = .init()) throws(GraphQLError) -> Document {
        try withParser(source, options) { parser throws(SyntaxError) in try parser.parseDocument() }
    }

    /// Parses a single value literal, variables allowed (graphql-js `parseValue`).
    public static func parseValue(_ source: String, options: ParseOptions = .init()) throws(GraphQLError) -> Value {
        try parseWhole(source, options) { parser throws(SyntaxError) in try parser.parseValueLiteral(isConst: false) }
    }

    /// Parses a single constant value literal: a variable is an error (graphql-js `parseConstValue`).
    public static func parseConstValue(_ source: String, options: ParseOptions = .init()) throws(GraphQLError) -> Value {
        try parseWhole(source, options) { parser throws(SyntaxError) in try parser.parseValueLiteral(isConst: true) }
    }

    /// Parses a type reference such as `[String!]!` (graphql-js `parseType`).
    public static func parseType(_ source: String, options: ParseOptions = .init()) throws(GraphQLError) -> TypeReference {
        try parseWhole(source, options) { parser throws(SyntaxError) in try parser.parseTypeReference() }
    }

    /// Runs `production` over the whole source: nothing may come before or after it.
    private static func parseWhole<T>(
        _ source: String,
        _ options: ParseOptions,
        _ production: (inout Parser) throws(SyntaxError) -> T
    ) throws(GraphQLError) -> T {
        try withParser(source, options) { parser throws(SyntaxError) in
            try parser.expect(.startOfFile)
            let result = try production(&parser)
            try parser.expect(.endOfFile)
            return result
        }
    }

    /// Runs `body` on a parser over the source's UTF-8 bytes, borrowed without copying, and turns
    /// a syntax error into a located `GraphQLError`.
    private static func withParser<T>(
        _ source: String,
        _ options: ParseOptions,
        _ body: (inout Parser) throws(SyntaxError) -> T
    ) throws(GraphQLError) -> T {
        func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<T, GraphQLError> {
            var parser = Parser(bytes: bytes, options: options)
            do throws(SyntaxError) {
                // Token positions are 32-bit.
                guard bytes.count <= UInt32.max else { throw SyntaxError(.tooLarge(limit: Int(UInt32.max)), at: 0) }
                return .success(try body(&parser))
            } catch {
                return .failure(error.graphQLError(in: bytes))
            }
        }
        let result = source.utf8.withContiguousStorageIfAvailable(run)
            ?? Array(source.utf8).withUnsafeBufferPointer(run)
        return try result.get()
    }

    // MARK: Combinators

    /// Moves to the next token, enforcing `maxTokens`.
    @inline(__always)
    mutating func advance() throws(SyntaxError) {
        lastTokenEnd = token.end
        token = try lexer.next()
        if token.kind != .endOfFile {
            tokenCount += 1
            if tokenCount > options.maxTokens {
                throw SyntaxError(.tooManyTokens(limit: options.maxTokens), at: token.start)
            }
        }
    }

    // Helpers are `mutating` even when they only read: a debug build copies a struct `self` at
    // every call of a non-mutating method, which costs time and stack.

    @inline(__always)
    mutating func peek(_ kind: TokenKind) -> Bool {
        token.kind == kind
    }

    /// Consumes a token of `kind` or fails with `Expected <kind>, found <token>.`
    @discardableResult
    mutating func expect(_ kind: TokenKind) throws(SyntaxError) -> Token {
        let current = token
        guard current.kind == kind else {
            throw SyntaxError(.expected(kind.description, found: describe(current)), at: current.start)
        }
        try advance()
        return current
    }

    /// Consumes a token of `kind` if it is the current one.
    @inline(__always)
    mutating func expectOptional(_ kind: TokenKind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes the name `keyword` or fails with `Expected "keyword", found <token>.`
    mutating func expectKeyword(_ keyword: StaticString) throws(SyntaxError) {
        guard isKeyword(token, keyword) else {
            throw SyntaxError(.expected("\"\(keyword)\"", found: describe(token)), at: token.start)
        }
        try advance()
    }

    /// Consumes the name `keyword` if it is the current token.
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(SyntaxError) -> Bool {
        guard isKeyword(token, keyword) else { return false }
        try advance()
        return true
    }

    /// `Unexpected <token>.` at `token`, by default the current one.
    mutating func unexpected(_ at: Token? = nil) -> SyntaxError {
        let culprit = at ?? token
        return SyntaxError(.unexpected(describe(culprit)), at: culprit.start)
    }

    /// `open item+ close`: one or more items.
    mutating func many<T>(
        _ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> T
    ) throws(SyntaxError) -> [T] {
        try expect(open)
        var items: [T] = []
        repeat {
            items.append(try item(&self))
        } while try !expectOptional(close)
        return items
    }

    /// `(open item+ close)?`: one or more items when `open` is present, else none.
    mutating func optionalMany<T>(
        _ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> T
    ) throws(SyntaxError) -> [T] {
        guard peek(open) else { return [] }
        return try many(open, close, item)
    }

    /// `open item* close`: zero or more items.
    mutating func any<T>(
        _ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> T
    ) throws(SyntaxError) -> [T] {
        try expect(open)
        var items: [T] = []
        while try !expectOptional(close) {
            items.append(try item(&self))
        }
        return items
    }

    /// `delimiter? item (delimiter item)*`, as in `implements & A & B` and `= | A | B`.
    mutating func delimitedMany<T>(
        _ delimiter: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> T
    ) throws(SyntaxError) -> [T] {
        _ = try expectOptional(delimiter)
        var items: [T] = []
        repeat {
            items.append(try item(&self))
        } while try expectOptional(delimiter)
        return items
    }

    /// Enters one nesting level, failing once `maxDepth` is passed so that hostile nesting ends
    /// in an error rather than a stack overflow. A thrown error ends the parse, so only the
    /// successful path needs `leaveNesting()`.
    @inline(__always)
    mutating func enterNesting() throws(SyntaxError) {
        depth += 1
        if depth > options.maxDepth {
            throw SyntaxError(.tooDeep(limit: options.maxDepth), at: token.start)
        }
    }

    @inline(__always)
    mutating func leaveNesting() {
        depth -= 1
    }

    // MARK: Nodes

    /// The location of a node that began at `start` and ends with the last consumed token.
    @inline(__always)
    mutating func location(from start: Token) -> Location {
        Location(start: start.start, end: lastTokenEnd, line: start.line, column: start.column)
    }

    /// A token as graphql-js's `getTokenDesc` shows it: `Name "foo"`, `"}"`, `<EOF>`.
    mutating func describe(_ token: Token, stringValue: String? = nil) -> String {
        switch token.kind {
        case .name, .int, .float: "\(token.kind.description) \"\(text(of: token))\""
        case .string, .blockString: "\(token.kind.description) \"\(stringValue ?? lexer.stringValue)\""
        default: token.kind.description
        }
    }

    /// The source text of a name or number token.
    @inline(__always)
    mutating func text(of token: Token) -> String {
        Lexer.text(of: token, in: lexer.bytes)
    }

    /// Whether `token` is the name `keyword`.
    @inline(__always)
    mutating func isKeyword(_ token: Token, _ keyword: StaticString) -> Bool {
        Lexer.token(token, in: lexer.bytes, is: keyword)
    }

    /// `Name` (spec §2.1.9).
    mutating func parseName() throws(SyntaxError) -> Name {
        let nameToken = try expect(.name)
        return Name(
            text(of: nameToken),
            location: Location(start: nameToken.start, end: nameToken.end, line: nameToken.line, column: nameToken.column)
        )
    }
}
