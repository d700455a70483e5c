// rectify-bench: benchmarks run by `make bench` (release build). Not tests: they print figures.
//
//   rectify-bench                      every in-process benchmark
//   rectify-bench language             lexer, parser, printer, JSON
//   rectify-bench language-loop N      parse the dashboard query N times and print nothing, for
//                                      profilers (`valgrind --tool=callgrind`, `perf record`)
//   rectify-bench validation           validation of hostile and dashboard documents
//   rectify-bench validation-dashboard validation of the dashboard documents only
//   rectify-bench http-serve ARGS      a static-route server for scripts/bench-http.sh
let arguments = CommandLine.arguments.dropFirst()

switch arguments.first {
case nil:
    LanguageBenchmark().run()
    ValidationBenchmark.run()
    ValidationBenchmark.run(hostile: false)
case "language":
    LanguageBenchmark().run()
case "language-loop":
    LanguageBenchmark.parseRepeatedly(count: arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000)
case "validation":
    ValidationBenchmark.run()
case "validation-dashboard":
    ValidationBenchmark.run(hostile: false)
case "http-serve":
    HTTPBenchServer.run(Array(arguments.dropFirst()))
case let other?:
    print("rectify-bench: unknown benchmark \(other); known: language, language-loop N, validation, validation-dashboard, http-serve")
}
