/// The parts of a notice around its findings: publication line, opening paragraph, date.
extension NoticeParser.Reader {
    nonisolated(unsafe) static let timestampPattern = /([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\s+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?/
    nonisolated(unsafe) static let sourcePattern = /来源\s*:\s*/
    nonisolated(unsafe) static let rangePattern = /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*(?:至|到|—|-|~|~)\s*(?:([0-9]{4})\s*年\s*)?(?:([0-9]{1,2})\s*月\s*)?([0-9]{1,2})\s*日/
    nonisolated(unsafe) static let partiesAfterPattern = /^\s*,?\s*([^,。;]*?)对([^,。;]+?)(?:开展了|进行了|开展|进行)(?:常规|专项|机动|提级)?(?:巡察|巡视)/
    nonisolated(unsafe) static let teamBeforePattern = /([^,。;]+?)(?:于|在)\s*$/
    nonisolated(unsafe) static let feedbackPattern = /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*,?\s*([^,。;]*?)向([^,。;]+?)(?:反馈|进行了反馈)/

    /// Reads `2020-12-11 08:55:00 来源:永州市教育局`; nil when the line is not of that form.
    func publication(_ line: NoticeLine) throws(NoticeParseError) -> (NoticeTimestamp, String)? {
        guard let stamp = line.folded.firstMatch(of: Self.timestampPattern),
              let source = line.folded.firstMatch(of: Self.sourcePattern) else { return nil }
        let publisher = line.text(from: source.range.upperBound)
        guard !publisher.isEmpty else { return nil }
        let printed = NoticeText.slice(line.text, folded: line.folded, range: stamp.range)
        guard let date = CivilDate(year: Int(stamp.output.1) ?? 0, month: Int(stamp.output.2) ?? 0, day: Int(stamp.output.3) ?? 0),
              let timestamp = NoticeTimestamp(
                date: date, hour: Int(stamp.output.4) ?? -1, minute: Int(stamp.output.5) ?? -1,
                second: stamp.output.6.flatMap { Int($0) } ?? 0) else {
            throw NoticeParseError(fileName: fileName, line: line.number, problem: .invalidDate(printed))
        }
        return (timestamp, publisher)
    }

    /// Reads the inspection's dates and parties from the opening paragraph(s): the genre says
    /// `2019年9月18日至11月30日,市委第二巡察组对市教育局党组进行了巡察` (or puts the team first:
    /// `市委第二巡察组于…至…对…进行了巡察`) and `2020年1月17日,市委第二巡察组向市教育局党组反馈了意见`.
    func inspection(in text: String, at index: Int) throws(NoticeParseError) -> NoticeInspection? {
        let folded = NoticeText.fold(text)
        guard let range = folded.firstMatch(of: Self.rangePattern) else { return nil }
        let printed = NoticeText.slice(text, folded: folded, range: range.range)
        let startYear = Int(range.output.1) ?? 0, startMonth = Int(range.output.2) ?? 0
        guard let start = CivilDate(year: startYear, month: startMonth, day: Int(range.output.3) ?? 0),
              let end = CivilDate(
                year: range.output.4.flatMap { Int($0) } ?? startYear,
                month: range.output.5.flatMap { Int($0) } ?? startMonth,
                day: Int(range.output.6) ?? 0),
              end >= start else {
            throw error(.invalidDate(printed), at: index)
        }
        guard let parties = folded[range.range.upperBound...].prefixMatch(of: Self.partiesAfterPattern) else { return nil }
        var team = NoticeText.trim(NoticeText.slice(text, folded: folded, range: parties.output.1.startIndex..<parties.output.1.endIndex))
        if team.isEmpty, let before = folded[..<range.range.lowerBound].firstMatch(of: Self.teamBeforePattern) {
            team = NoticeText.trim(NoticeText.slice(text, folded: folded, range: before.output.1.startIndex..<before.output.1.endIndex))
        }
        let target = NoticeText.trim(NoticeText.slice(text, folded: folded, range: parties.output.2.startIndex..<parties.output.2.endIndex))
        guard !team.isEmpty, !target.isEmpty else { return nil }

        var feedbackOn: CivilDate?
        if let feedback = folded.firstMatch(of: Self.feedbackPattern) {
            guard let date = CivilDate(year: Int(feedback.output.1) ?? 0, month: Int(feedback.output.2) ?? 0, day: Int(feedback.output.3) ?? 0) else {
                throw error(.invalidDate(NoticeText.slice(text, folded: folded, range: feedback.range)), at: index)
            }
            feedbackOn = date
        }
        return NoticeInspection(team: team, target: target, startedOn: start, endedOn: end, feedbackOn: feedbackOn)
    }

    /// Finds the notice's date (`2020年11月18日` alone on a line) after the findings, and the
    /// signing body on the line above it.
    func reportDate(from index: Int) throws(NoticeParseError) -> (CivilDate, String?) {
        for candidate in index..<lines.count {
            guard case .date(let date) = kinds[candidate] else { continue }
            guard let date else { throw error(.invalidDate(lines[candidate].text), at: candidate) }
            var signedBy: String?
            if candidate > index, kinds[candidate - 1] == .paragraph {
                let above = lines[candidate - 1].text
                if above.count <= 40, let last = above.last, !"。,,;;::".contains(last) { signedBy = above }
            }
            return (date, signedBy)
        }
        throw error(.expectedReportDate, at: lines.count)
    }
}
