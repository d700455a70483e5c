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
private struct FragmentCycleDetector {
    let context: ValidationContext
    private var visited: Set<String> = []
    private var spreadPath: [FragmentSpread] = []
    private var pathIndexByName: [String: Int] = [:]

    init(context: ValidationContext) {
        self.context = context
    }

    mutating func detectCycles(from fragment: FragmentDefinition) {
        let name = fragment.name.value
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(of: fragment.selectionSet)
        if spreads.isEmpty { return }
        pathIndexByName[name] = spreadPath.count
        for spread in spreads {
            let spreadName = spread.name.value
            let cycleIndex = pathIndexByName[spreadName]
            spreadPath.append(spread)
            if let cycleIndex {
                let cycle = spreadPath[cycleIndex...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    cycle.map(\.location))
            } else if let target = context.fragment(named: spreadName) {
                detectCycles(from: target)
            }
            spreadPath.removeLast()
        }
        pathIndexByName[name] = nil
    }
}
