/// Text helpers for notices: width folding, line splitting, sentence splitting.
///
/// Notices of the genre mix full-width and half-width forms (`,` and `,`, `1` and `1`,
/// `(一)` and `(一)`). The parser matches structure against a folded copy of each line whose
/// characters correspond one to one with the original's, so a match in the folded text slices
/// the original text at the same character offsets and stored text keeps the notice's own forms.
enum NoticeText {
    /// Folds one character: full-width ASCII variants (U+FF01–U+FF5E) to ASCII, the ideographic
    /// and no-break spaces to a space; every other character is returned as it is.
    static func fold(_ character: Character) -> Character {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
            return character
        }
        switch scalar.value {
        case 0xFF01...0xFF5E:
            return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000, 0x00A0:
            return " "
        default:
            return character
        }
    }

    /// Folds every character of `text` (see `fold(_:)`); the result has as many characters.
    static func fold(_ text: some StringProtocol) -> String {
        String(text.map(fold))
    }

    /// Splits text into lines on `\n`, `\r\n` and `\r` (Swift treats `\r\n` as one character).
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// Whitespace a notice pads its lines with: spaces, tabs, the ideographic space, no-break space.
    static func isPadding(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{3000}" || character == "\u{FEFF}"
    }

    /// The text without padding at either end.
    static func trim(_ text: some StringProtocol) -> String {
        guard let start = text.firstIndex(where: { !isPadding($0) }),
              let end = text.lastIndex(where: { !isPadding($0) }) else { return "" }
        return String(text[start...end])
    }

    /// Splits text into sentences ending in `。`, `!`, `?` or `;` (full or half width), each
    /// trimmed, the terminator kept; a last sentence without a terminator is kept too.
    static func clauses(_ text: String, endingIn terminators: Set<Character> = ["。", "!", "?", ";", "!", "?", ";"]) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if terminators.contains(character) {
                let sentence = trim(current)
                if !sentence.isEmpty { result.append(sentence) }
                current = ""
            }
        }
        let rest = trim(current)
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// Sentences: text split only at sentence ends (`。`, `!`, `?`), not at `;`.
    static func sentences(_ text: String) -> [String] {
        clauses(text, endingIn: ["。", "!", "?", "!", "?"])
    }

    /// Removes document titles in `《…》` (and `〈…〉`), replacing each character with a space so
    /// that offsets are kept; names inside a document's title are not acts of the unit.
    static func blankingDocumentTitles(_ text: String) -> String {
        var depth = 0
        var result = ""
        for character in text {
            if character == "《" || character == "〈" { depth += 1 }
            result.append(depth > 0 ? " " : character)
            if (character == "》" || character == "〉") && depth > 0 { depth -= 1 }
        }
        return result
    }

    /// Reads a decimal integer written with ASCII or full-width digits.
    static func integer(_ text: some StringProtocol) -> Int? {
        let folded = fold(text)
        guard !folded.isEmpty, folded.count <= 9, folded.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(folded)
    }

    /// Reads a Chinese numeral from 一 to 九十九 (`一`, `十`, `十二`, `二十三`), as category
    /// headings number themselves.
    static func chineseNumeral(_ text: some StringProtocol) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let characters = Array(text)
        switch characters.count {
        case 1:
            if characters[0] == "十" { return 10 }
            return digits[characters[0]]
        case 2:
            if characters[0] == "十", let unit = digits[characters[1]] { return 10 + unit }
            if let tens = digits[characters[0]], characters[1] == "十" { return tens * 10 }
            return nil
        case 3:
            guard let tens = digits[characters[0]], characters[1] == "十", let unit = digits[characters[2]] else { return nil }
            return tens * 10 + unit
        default:
            return nil
        }
    }

    static let chineseNumeralCharacters: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
}

extension NoticeText {
    /// The part of `original` at the character offsets `range` covers in `folded`, its folded copy.
    static func slice(_ original: String, folded: String, range: Range<String.Index>) -> String {
        let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let length = folded.distance(from: range.lowerBound, to: range.upperBound)
        return String(original.dropFirst(start).prefix(length))
    }

    /// The part of `original` from character offset `start` in its folded copy to the end.
    static func suffix(_ original: String, folded: String, from index: String.Index) -> String {
        String(original.dropFirst(folded.distance(from: folded.startIndex, to: index)))
    }

    /// The clause of folded text around `range`: from the separator (`,` `;` `:` `。`) before it
    /// to the one after it.
    static func clause(around range: Range<String.Index>, in folded: String) -> String {
        let separators: Set<Character> = [",", ";", ":", "。"]
        let start = folded[..<range.lowerBound].lastIndex(where: separators.contains).map(folded.index(after:)) ?? folded.startIndex
        let end = folded[range.upperBound...].firstIndex(where: separators.contains) ?? folded.endIndex
        return String(folded[start..<end])
    }
}
