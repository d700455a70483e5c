/// "Did you mean …?" hints, computed and worded exactly as graphql-js computes them.
enum Suggestions {
    /// `options` close enough to `input` to suggest, nearest first (graphql-js `suggestionList`):
    /// within an edit distance of 40% of the input's length, ties broken in natural order.
    static func list(_ input: String, _ options: [String]) -> [String] {
        let distance = LexicalDistance(input)
        let threshold = input.utf16.count * 4 / 10 + 1
        var byDistance: [(option: String, distance: Int)] = []
        var seen: Set<String> = []
        for option in options where seen.insert(option).inserted {
            if let measured = distance.measure(option, threshold: threshold) { byDistance.append((option, measured)) }
        }
        return byDistance.sorted {
            $0.distance != $1.distance ? $0.distance < $1.distance : naturalCompare($0.option, $1.option) < 0
        }.map(\.option)
    }

    /// graphql-js `didYouMean`: nothing, or " Did you mean "a", "b", or "c"?" with at most five.
    static func didYouMean(_ suggestions: [String], subMessage: String? = nil) -> String {
        guard !suggestions.isEmpty else { return "" }
        var message = " Did you mean "
        if let subMessage { message += subMessage + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 1: return message + quoted[0] + "?"
        case 2: return message + quoted[0] + " or " + quoted[1] + "?"
        default: return message + quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last! + "?"
        }
    }

    /// Natural sort order: digit runs compare as numbers (graphql-js `naturalCompare`).
    static func naturalCompare(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf16), b = Array(b.utf16)
        var i = 0, j = 0
        func isDigit(_ unit: UInt16) -> Bool { unit >= 48 && unit <= 57 }
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                var aNumber = 0
                repeat {
                    aNumber = aNumber &* 10 &+ Int(a[i] - 48)
                    i += 1
                } while i < a.count && isDigit(a[i]) && aNumber > 0
                var bNumber = 0
                repeat {
                    bNumber = bNumber &* 10 &+ Int(b[j] - 48)
                    j += 1
                } while j < b.count && isDigit(b[j]) && bNumber > 0
                if aNumber != bNumber { return aNumber < bNumber ? -1 : 1 }
            } else {
                if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                i += 1
                j += 1
            }
        }
        return a.count - b.count
    }

    /// Optimal-string-alignment distance, case changes counting as one edit.
    private struct LexicalDistance {
        let input: String
        let lowercased: String
        let units: [UInt16]

        init(_ input: String) {
            self.input = input
            self.lowercased = input.lowercased()
            self.units = Array(lowercased.utf16)
        }

        func measure(_ option: String, threshold: Int) -> Int? {
            if option == input { return 0 }
            let optionLowercased = option.lowercased()
            if optionLowercased == lowercased { return 1 }
            var a = Array(optionLowercased.utf16)
            var b = units
            if a.count < b.count { swap(&a, &b) }
            if a.count - b.count > threshold { return nil }
            var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
            for j in 0...b.count { rows[0][j] = j }
            for i in 1...max(a.count, 1) where i <= a.count {
                let up = (i - 1) % 3, current = i % 3
                rows[current][0] = i
                var smallest = i
                if b.count > 0 {
                    for j in 1...b.count {
                        let cost = a[i - 1] == b[j - 1] ? 0 : 1
                        var cell = min(rows[up][j] + 1, rows[current][j - 1] + 1, rows[up][j - 1] + cost)
                        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                            cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                        }
                        smallest = min(smallest, cell)
                        rows[current][j] = cell
                    }
                }
                if smallest > threshold { return nil }
            }
            let distance = rows[a.count % 3][b.count]
            return distance <= threshold ? distance : nil
        }
    }
}
