/// A syntax error found while lexing or parsing, at a byte offset of the source.
///
/// Lexer and parser throw this small typed error; `Parser`'s entry points turn it into a
/// `GraphQLError` with graphql-js's message and a line and column, computed only then because
/// errors are rare and positions are cheap to find from an offset.
struct SyntaxError: Error, Sendable, Hashable {
    /// What was wrong, with the pieces graphql-js puts into its message.
    enum Reason: Sendable, Hashable {
        /// A character no token can start with; the payload is graphql-js's `printCodePointAt`.
        case unexpectedCharacter(String)
        case unexpectedSingleQuote
        case unexpectedDigitAfterZero(String)
        case expectedDigit(found: String)
        case unterminatedString
        case invalidCharacterEscape(String)
        case invalidUnicodeEscape(String)
        /// `Expected <what>, found <token>.`
        case expected(String, found: String)
        /// `Unexpected <token>.`
        case unexpected(String)
        case variableInConstantValue(String)
        case descriptionOnNonTypeDefinition
        case reservedEnumValue(String)
        case tooManyTokens(limit: Int)
        case tooDeep(limit: Int)
        /// A source of more bytes than token positions can hold (4 GiB).
        case tooLarge(limit: Int)
    }

    var reason: Reason
    /// Byte offset in the UTF-8 source where the error is reported.
    var offset: Int

    init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// The message exactly as graphql-js words it.
    var message: String {
        let detail: String
        switch reason {
        case .unexpectedCharacter(let character):
            detail = "Unexpected character: \(character)."
        case .unexpectedSingleQuote:
            detail = "Unexpected single quote character ('), did you mean to use a double quote (\")?"
        case .unexpectedDigitAfterZero(let digit):
            detail = "Invalid number, unexpected digit after 0: \(digit)."
        case .expectedDigit(let found):
            detail = "Invalid number, expected digit but got: \(found)."
        case .unterminatedString:
            detail = "Unterminated string."
        case .invalidCharacterEscape(let sequence):
            detail = "Invalid character escape sequence: \"\(sequence)\"."
        case .invalidUnicodeEscape(let sequence):
            detail = "Invalid Unicode escape sequence: \"\(sequence)\"."
        case .expected(let expected, let found):
            detail = "Expected \(expected), found \(found)."
        case .unexpected(let found):
            detail = "Unexpected \(found)."
        case .variableInConstantValue(let name):
            detail = "Unexpected variable \"$\(name)\" in constant value."
        case .descriptionOnNonTypeDefinition:
            detail = "Unexpected description, descriptions are supported only on type definitions."
        case .reservedEnumValue(let token):
            detail = "\(token) is reserved and cannot be used for an enum value."
        case .tooManyTokens(let limit):
            detail = "Document contains more than \(limit) tokens. Parsing aborted."
        case .tooDeep(let limit):
            detail = "Document is nested deeper than \(limit) levels. Parsing aborted."
        case .tooLarge(let limit):
            detail = "Document is larger than \(limit) bytes. Parsing aborted."
        }
        return "Syntax Error: " + detail
    }

    /// The error as a GraphQL response reports it, located in `source`.
    func graphQLError(in source: UnsafeBufferPointer<UInt8>) -> GraphQLError {
        GraphQLError(
            message,
            locations: [SourceText.location(ofOffset: offset, in: source)],
            extensions: [(key: "code", value: "GRAPHQL_PARSE_FAILED")]
        )
    }
}
