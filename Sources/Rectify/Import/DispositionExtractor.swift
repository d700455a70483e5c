/// Finds what a notice says was done to people, clause by clause.
///
/// The genre states dispositions in a few fixed phrasings, which this matches:
/// - `对<谁>进行(了)<处置>`: 批评教育, 提醒谈话, 诫勉谈话, 约谈, 立案查处/立案审查/立案调查, 处理;
///   `<谁>` is a role (`时任人事科科长`, which must end like a word for a person: 员, 长, 人, 志,
///   部, 任, 记, 师, 工…) or a count (`7人`, `4名党员干部`);
/// - later in the same clause, sanctions for the same people: `给予了警告处分` (warning),
///   `责令其作出书面检查` (written self-examination), and `严重警告`, `记过`, `记大过`, `降级`,
///   `撤职`, `开除`, which the GraphQL contract has no value for (`other`);
/// - `<谁>已按自行退党处理` (members who stopped paying dues, treated as having left the party: `other`).
///
/// `处理` (unspecified) and `诫勉谈话` are `other` too; the note keeps the clause's words.
enum DispositionExtractor {
    nonisolated(unsafe) static let countedPattern = /对([0-9]+)(?:(人)|名([^,;。、对]{1,12}?))进行了?(批评教育|提醒谈话|诫勉谈话|约谈|立案查处|立案审查|立案调查|处理)/
    nonisolated(unsafe) static let rolePattern = /对([^,;。、对]{1,24}?)进行了?(批评教育|提醒谈话|诫勉谈话|约谈|立案查处|立案审查|立案调查|处理)/
    nonisolated(unsafe) static let leftPartyPattern = /([^,;。、]{1,24}?)已?按照?自行退党处理/

    /// Characters a role naming a person ends with: 人员, 科长, 负责人, 同志, 干部, 主任, 书记, 教师…
    static let personEndings: Set<Character> = ["员", "长", "人", "志", "部", "任", "记", "师", "工", "计", "纳"]

    /// Sanctions a clause may add for the people it has just named, most specific first.
    /// Sanctions the contract has no value for are `other` (the note keeps the words).
    static let sanctions: [(words: String, kind: DispositionKind)] = [
        ("严重警告", .other), ("警告", .warning), ("记大过", .other), ("记过", .other),
        ("降级", .other), ("撤职", .other), ("开除", .other), ("书面检查", .writtenSelfExamination),
    ]

    static func kind(ofPhrase phrase: some StringProtocol) -> DispositionKind {
        switch phrase {
        case "批评教育": .criticism
        case "提醒谈话": .reminderTalk
        case "约谈": .interview
        case "立案查处", "立案审查", "立案调查": .caseFiled
        default: .other  // 处理 (unspecified), 诫勉谈话
        }
    }

    /// The dispositions `text` states.
    static func dispositions(in text: String) -> [NoticeDisposition] {
        var result: [NoticeDisposition] = []
        for clause in NoticeText.clauses(text) {
            let folded = NoticeText.fold(clause)
            var found: [(range: Range<String.Index>, subject: DispositionSubject, kind: DispositionKind)] = []
            for match in folded.matches(of: countedPattern) {
                guard let count = Int(match.output.1), count > 0 else { continue }
                let noun = match.output.3.map { NoticeText.trim($0) }
                let phrase = match.output.4
                let role = noun.flatMap { $0.isEmpty ? nil : $0 } ?? "被\(phrase)人员"
                found.append((match.range, .counted(count, role: role), kind(ofPhrase: phrase)))
            }
            for match in folded.matches(of: rolePattern) {
                let who = NoticeText.trim(match.output.1)
                guard let last = who.last, personEndings.contains(last),
                      !found.contains(where: { $0.range.overlaps(match.range) }) else { continue }
                let role = NoticeText.slice(clause, folded: folded, range: match.output.1.startIndex..<match.output.1.endIndex)
                found.append((match.range, .role(NoticeText.trim(role)), kind(ofPhrase: match.output.2)))
            }
            for match in folded.matches(of: leftPartyPattern) {
                let who = NoticeText.trim(match.output.1)
                guard let last = who.last, personEndings.contains(last) else { continue }
                let role = NoticeText.slice(clause, folded: folded, range: match.output.1.startIndex..<match.output.1.endIndex)
                found.append((match.range, .role(NoticeText.trim(role)), .other))
            }
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
            for (index, entry) in found.enumerated() {
                let end = index + 1 < found.count ? found[index + 1].range.lowerBound : folded.endIndex
                var kinds = [entry.kind]
                var rest = String(folded[entry.range.upperBound..<end])
                for (words, kind) in sanctions where rest.contains(words) {
                    kinds.append(kind)
                    rest = rest.replacingAll(words, with: "")
                }
                result.append(NoticeDisposition(subject: entry.subject, kinds: kinds, clause: clause))
            }
        }
        return result
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
