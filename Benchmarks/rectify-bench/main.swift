// rectify-bench: benchmarks run by `make bench` (release build). Not tests: they print figures.
//
//   rectify-bench                      every in-process benchmark
//   rectify-bench language             lexer, parser, printer, JSON
//   rectify-bench language-loop N      parse the dashboard query N times and print nothing, for
//                                      profilers (`valgrind --tool=callgrind`, `perf record`)
//   rectify-bench validation           validation of dashboard and hostile documents
//   rectify-bench validation-dashboard validation of the dashboard documents only (`--per-rule`:
//                                      the dashboard under each rule alone)
//   rectify-bench validation-loop N [RuleName|none]
//                                      validate the project dashboard N times silently, for profilers
//   rectify-bench loop CASE N          run one parse/validate case N times silently, for
//                                      instruction counts (scripts/language-instructions.sh)
//   rectify-bench depth-probe N        validate N-deep nesting and N-fragment chains on a 512 KiB stack
//   rectify-bench http-serve ARGS      a static-route server for scripts/bench-http.sh
//   rectify-bench sql QUERY.graphql [VARIABLES.json] …
//                                      the SQL a query compiles to, or a pgbench script of it
//   rectify-bench body QUERY.graphql [VARIABLES.json] …
//                                      the JSON body to POST (SQLCommand.swift)
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
case "validation-dashboard":
    ValidationBenchmark.run(hostile: false)
case "validation-loop":
    ValidationBenchmark.validateRepeatedly(
        count: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000, rule: arguments.dropFirst(2).first)
case "loop":
    let name = arguments.dropFirst().first ?? ""
    if !InstructionCases.run(name, count: arguments.dropFirst(2).first.flatMap { Int($0) } ?? 1_000) {
        print("rectify-bench loop: unknown case \(name); known: \(InstructionCases.names.joined(separator: ", "))")
    }
case "depth-probe":
    DepthProbe.run(depth: arguments.dropFirst().first.flatMap { Int($0) } ?? 256)
case "http-serve":
    HTTPBenchServer.run(Array(arguments.dropFirst()))
case "sql":
    SQLCommand.sql(Array(arguments.dropFirst()))
case "body":
    SQLCommand.body(Array(arguments.dropFirst()))
case let other?:
    print("rectify-bench: unknown benchmark \(other); known: language, language-loop N, validation, validation-dashboard, validation-loop N, loop CASE N, depth-probe N, http-serve, sql, body")
}
