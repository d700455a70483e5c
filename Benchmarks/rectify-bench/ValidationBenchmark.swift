import Glibc
import GraphQLLanguage
import GraphQLSchema

/// `rectify-bench validation`: parse and validate a realistic dashboard query against a
/// realistic schema, and validate hostile documents (thousands of repeated or distinct fields,
/// fragment fan-out), printing median microseconds per operation.
enum ValidationBenchmark {
    static let schemaSDL = BenchmarkDocuments.dashboardSchema
    static let dashboardQuery = BenchmarkDocuments.dashboardForValidation
    static let projectDashboardQuery = BenchmarkDocuments.projectDashboard

    /// Runs every case, or with `hostile: false` only the dashboard cases; `--per-rule` adds the
    /// dashboard's cost under each rule alone.
    static func run(hostile includeHostile: Bool = true) {
        let schema: Schema
        do {
            schema = try Schema(sdl: schemaSDL)
        } catch {
            print("validation benchmark: schema does not build: \(error)")
            return
        }
        let dashboard: Document
        do {
            dashboard = try Parser.parse(dashboardQuery)
        } catch {
            print("validation benchmark: dashboard query does not parse: \(error)")
            return
        }
        let dashboardErrors = validate(dashboard, against: schema)
        guard dashboardErrors.isEmpty else {
            print("validation benchmark: dashboard query is invalid: \(dashboardErrors)")
            return
        }
        print("validation benchmark (\(dashboardQuery.utf8.count)-byte dashboard query; median of batches)")
        report("parse dashboard", iterations: 2_000) { _ = try? Parser.parse(dashboardQuery) }
        report("validate dashboard", iterations: 2_000) { _ = validate(dashboard, against: schema) }
        report("parse + validate dashboard", iterations: 2_000) {
            if let document = try? Parser.parse(dashboardQuery) { _ = validate(document, against: schema) }
        }

        do {
            let projectSchema = try Schema(sdl: BenchmarkDocuments.projectSchema)
            let projectDashboard = try Parser.parse(projectDashboardQuery)
            let errors = validate(projectDashboard, against: projectSchema)
            guard errors.isEmpty else {
                print("validation benchmark: project dashboard is invalid: \(errors)")
                return
            }
            print("project schema.graphql (\(projectSchema.types.count) types), \(projectDashboardQuery.utf8.count)-byte dashboard:")
            report("validate project dashboard", iterations: 2_000) { _ = validate(projectDashboard, against: projectSchema) }
            report("parse + validate project dashboard", iterations: 2_000) {
                if let document = try? Parser.parse(projectDashboardQuery) { _ = validate(document, against: projectSchema) }
            }
        } catch {
            print("validation benchmark: project schema or dashboard does not build: \(error)")
            return
        }
        if CommandLine.arguments.contains("--per-rule") {
            report("walk with no rules", iterations: 2_000) { _ = validate(dashboard, against: schema, rules: []) }
            for rule in specifiedRules {
                report(rule.name, iterations: 2_000) { _ = validate(dashboard, against: schema, rules: [rule]) }
            }
        }
        guard includeHostile else { return }
        for (_, name, text) in hostile {
            guard let document = try? Parser.parse(text, options: ParseOptions(maxTokens: 1_000_000)) else {
                print("  \(name): does not parse")
                continue
            }
            let errors = validate(document, against: schema).count
            report("validate \(name) (\(errors) errors)", iterations: 5) { _ = validate(document, against: schema) }
        }
    }

    /// Documents that would make a naive validator quadratic or worse, against `schemaSDL`.
    static let hostile: [(key: String, name: String, source: String)] = [
        ("validate-2000-repeated-fields", "2,000 repeated identical fields", "{ stats { " + String(repeating: "total ", count: 2_000) + "} }"),
        ("validate-2000-aliased-fields", "2,000 distinct aliased fields", "{ stats { " + (0..<2_000).map { "a\($0): total " }.joined() + "} }"),
        ("validate-2000-repeated-subselections", "2,000 repeated fields with subselections",
         "{ " + String(repeating: "stats { total open } ", count: 2_000) + "}"),
        ("validate-500-fragments", "500 fragments spread together", "{ stats { " + (0..<500).map { "...F\($0) " }.joined() + "} } "
            + (0..<500).map { "fragment F\($0) on Stats { total open }" }.joined(separator: " ")),
    ]

    /// Validates the project dashboard `count` times and prints only the error count, for profilers.
    /// With `rule` (e.g. `ScalarLeafsRule`, or `none`), only that rule runs.
    static func validateRepeatedly(count: Int, rule: String? = nil) {
        guard let schema = try? Schema(sdl: BenchmarkDocuments.projectSchema),
              let document = try? Parser.parse(projectDashboardQuery)
        else { return }
        let rules = rule.map { name in specifiedRules.filter { $0.name == name } } ?? specifiedRules
        var errors = 0
        for _ in 0..<count { errors += validate(document, against: schema, rules: rules).count }
        print(errors)
    }

    /// Runs `body` in batches and prints the median time per call: thread CPU time (what the
    /// work costs, whatever else the machine is doing) and wall-clock time.
    private static func report(_ name: String, iterations: Int, _ body: () -> Void) {
        for _ in 0..<max(1, iterations / 10) { body() }
        var cpuSamples: [Double] = []
        var wallSamples: [Double] = []
        for _ in 0..<7 {
            let cpuStart = now(CLOCK_THREAD_CPUTIME_ID), wallStart = now(CLOCK_MONOTONIC)
            for _ in 0..<iterations { body() }
            cpuSamples.append((now(CLOCK_THREAD_CPUTIME_ID) - cpuStart) / Double(iterations))
            wallSamples.append((now(CLOCK_MONOTONIC) - wallStart) / Double(iterations))
        }
        print("  \(name): \(format(median(cpuSamples))) µs/op CPU, \(format(median(wallSamples))) µs/op wall")
    }

    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
    }

    private static func median(_ samples: [Double]) -> Double { samples.sorted()[samples.count / 2] }

    private static func format(_ microseconds: Double) -> String {
        microseconds >= 100 ? String(Int(microseconds + 0.5)) : String(Double(Int(microseconds * 100)) / 100)
    }
}
