/// Escapes text for a `LIKE`/`ILIKE` pattern so that it only matches itself.
///
/// `%` and `_` are wildcards and `\` is `LIKE`'s default escape character (PostgreSQL §9.7.1), so
/// each is preceded by `\`. The escaped text still travels as a bind parameter.
enum LikePattern {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "%" || character == "_" || character == "\\" { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
