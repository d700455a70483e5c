// rectify-bench: benchmarks run by `make bench` (release build). Not tests: they print figures.
//
//   rectify-bench                      every benchmark
//   rectify-bench language             lexer, parser, printer, JSON
//   rectify-bench language-loop N      parse the dashboard query N times and print nothing, for
//                                      profilers (`valgrind --tool=callgrind`, `perf record`)
//   rectify-bench validation           schema validation of realistic and hostile documents
//   rectify-bench validation-dashboard only the realistic documents (`--per-rule`: each rule alone)
//   rectify-bench validation-loop N [RuleName|none]
//                                      validate the project dashboard N times silently, for profilers
//   rectify-bench depth-probe N        validate N-deep nesting and N-fragment chains on a 512 KiB stack
let arguments = CommandLine.arguments.dropFirst()

switch arguments.first {
case nil:
    LanguageBenchmark().run()
    ValidationBenchmark.run()
case "language":
    LanguageBenchmark().run()
case "language-loop":
    LanguageBenchmark.parseRepeatedly(count: arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000)
case "validation":
    ValidationBenchmark.run()
case "depth-probe":
    DepthProbe.run(depth: arguments.dropFirst().first.flatMap { Int($0) } ?? 256)
case "validation-dashboard":
    ValidationBenchmark.run(hostile: false)
case "validation-loop":
    ValidationBenchmark.validateRepeatedly(
        count: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000, rule: arguments.dropFirst(2).first)
case let other?:
    print("rectify-bench: unknown benchmark \(other); known: language, language-loop N, validation, validation-dashboard, validation-loop N, depth-probe N")
}
