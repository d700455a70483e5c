// rectify-bench: `rectify-bench <name>` runs one benchmark; no name runs them all.
let benchmarks: [(name: String, run: () -> Void)] = [
    ("validation", { ValidationBenchmark.run() }),
    ("validation-dashboard", { ValidationBenchmark.run(hostile: false) }),
]

let requested = CommandLine.arguments.dropFirst()
let selected = requested.isEmpty ? benchmarks : benchmarks.filter { requested.contains($0.name) }
if selected.isEmpty {
    print("usage: rectify-bench [\(benchmarks.map(\.name).joined(separator: "|"))]")
}
for benchmark in selected { benchmark.run() }
