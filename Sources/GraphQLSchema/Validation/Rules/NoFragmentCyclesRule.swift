import GraphQLLanguage

extension ValidationRule {
    /// Fragment spreads must not form cycles (spec §5.5.2.2): "The graph of fragment spreads must
    /// not form any cycles including spreading itself. Otherwise an operation could infinitely
    /// spread or infinitely execute on cycles in the underlying data."
    public static let noFragmentCycles = ValidationRule(name: "NoFragmentCyclesRule") { context, visitor in
        var detector = FragmentCycleDetector(context: context)
        visitor.onEnterMaySkip(\.operation) { _ in .skipSubtree }
        visitor.onEnterMaySkip(\.fragmentDefinition) { fragment in
            detector.detectCycles(from: fragment)
            return .skipSubtree
        }
    }
}

/// Depth-first search over fragment spreads that reports each cycle once, naming the path.
///
/// The search keeps its own stack: a chain of thousands of fragments (within the parser's token
/// limit) must not exhaust the thread's stack. It visits spreads in the same order as graphql-js's
/// recursive search, so cycles are reported in the same order.
private struct FragmentCycleDetector {
    let context: ValidationContext
    private var visited: Set<String> = []

    init(context: ValidationContext) {
        self.context = context
    }

    /// One fragment being searched: its spreads and the next one to follow.
    private struct Frame {
        let name: String
        let spreads: [FragmentSpread]
        var next = 0
    }

    mutating func detectCycles(from fragment: FragmentDefinition) {
        var spreadPath: [FragmentSpread] = []
        var pathIndexByName: [String: Int] = [:]
        var frames: [Frame] = []

        func begin(_ fragment: FragmentDefinition, _ visited: inout Set<String>) {
            let name = fragment.name.value
            guard visited.insert(name).inserted else { return }
            let spreads = context.fragmentSpreads(of: fragment.selectionSet)
            if spreads.isEmpty { return }
            pathIndexByName[name] = spreadPath.count
            frames.append(Frame(name: name, spreads: spreads))
        }

        begin(fragment, &visited)
        while !frames.isEmpty {
            let top = frames.count - 1
            guard frames[top].next < frames[top].spreads.count else {
                pathIndexByName[frames[top].name] = nil
                frames.removeLast()
                // The spread that led to this fragment is done.
                if !frames.isEmpty { spreadPath.removeLast() }
                continue
            }
            let spread = frames[top].spreads[frames[top].next]
            frames[top].next += 1
            let spreadName = spread.name.value
            spreadPath.append(spread)
            if let cycleIndex = pathIndexByName[spreadName] {
                let cycle = spreadPath[cycleIndex...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    cycle.map(\.location))
                spreadPath.removeLast()
            } else if let target = context.fragment(named: spreadName) {
                let depth = frames.count
                begin(target, &visited)
                // Nothing new to search there: this spread is done at once.
                if frames.count == depth { spreadPath.removeLast() }
            } else {
                spreadPath.removeLast()
            }
        }
    }
}
