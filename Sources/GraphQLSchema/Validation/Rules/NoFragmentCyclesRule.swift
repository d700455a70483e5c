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

    mutating func detectCycles(from fragment: FragmentDefinition) {
        var spreadPath: [FragmentSpread] = []
        var pathIndexByName: [String: Int] = [:]
        // Each open list holds a fragment's spreads; its context is the fragment's name.
        var stack = DepthFirstStack<FragmentSpread, String>()

        /// Starts searching a fragment; false when there is nothing to search in it.
        func begin(_ fragment: FragmentDefinition, _ visited: inout Set<String>) -> Bool {
            let name = fragment.name.value
            guard visited.insert(name).inserted else { return false }
            let spreads = context.fragmentSpreads(of: fragment.selectionSet)
            if spreads.isEmpty { return false }
            pathIndexByName[name] = spreadPath.count
            stack.push(spreads, context: name)
            return true
        }
        func finished(_ name: String) {
            pathIndexByName[name] = nil
            // The spread that led into this fragment is done too (the first fragment had none).
            if !spreadPath.isEmpty { spreadPath.removeLast() }
        }

        _ = begin(fragment, &visited)
        while let (spread, _) = stack.next(finished: finished) {
            let spreadName = spread.name.value
            spreadPath.append(spread)
            if let cycleIndex = pathIndexByName[spreadName] {
                let cycle = spreadPath[cycleIndex...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    cycle.map(\.location))
                spreadPath.removeLast()
            } else if let target = context.fragment(named: spreadName), begin(target, &visited) {
                continue
            } else {
                spreadPath.removeLast()
            }
        }
    }
}
