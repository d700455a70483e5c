import GraphQLLanguage

/// `rectify-bench language`: parsing, printing and JSON speed, in µs per operation and MB/s.
///
/// Each figure is the median of several timed runs after a warm-up. Further stages that take a
/// parsed document (validation, planning) are timed by passing them as `stages`, so the schema
/// engineer can report "parse + validate" here without changing the parsing figures.
struct LanguageBenchmark {
    /// A step timed after parsing, given the parsed document.
    struct Stage {
        var name: String
        var run: (Document) -> Void
    }

    var stages: [Stage] = []
    var runs = 9

    func run() {
        let documents = [
            ("dashboard query", BenchmarkDocuments.dashboard),
            ("kitchen-sink query", BenchmarkDocuments.kitchenSinkQuery),
            ("kitchen-sink schema", BenchmarkDocuments.kitchenSinkSchema),
            ("schema.graphql", BenchmarkDocuments.projectSchema),
        ]
        print("language benchmark (median of \(runs) runs)")
        for (name, source) in documents {
            let bytes = source.utf8.count
            let parse = measure { blackHole(try! Parser.parse(source).definitions.count) }
            report("parse \(name)", microseconds: parse, bytes: bytes)
            let document = try! Parser.parse(source)
            for stage in stages {
                let staged = measure {
                    let parsed = try! Parser.parse(source)
                    stage.run(parsed)
                }
                report("parse + \(stage.name) \(name)", microseconds: staged, bytes: bytes)
            }
            report("print \(name)", microseconds: measure { blackHole(Printer.print(document).utf8.count) }, bytes: bytes)
        }

        let response = Self.response(rows: 200)
        let responseBytes = response.jsonBytes
        report(
            "write JSON response",
            microseconds: measure {
                var buffer: [UInt8] = []
                JSONWriter.write(response, into: &buffer)
                blackHole(buffer.count)
            },
            bytes: responseBytes.count
        )
        let request = Self.request()
        report("parse JSON request", microseconds: measure { blackHole(try! JSONParser.parse(request)) }, bytes: request.count)
    }

    /// Parses the dashboard query `count` times, for profiling the parser alone.
    static func parseRepeatedly(count: Int) {
        for _ in 0..<count {
            blackHole(try! Parser.parse(BenchmarkDocuments.dashboard).definitions.count)
        }
    }

    /// The median and the fastest over `runs` of the time per call of `body`, in microseconds.
    ///
    /// The median is the figure to quote; the fastest shows what the code costs when other work
    /// on a shared machine leaves it alone.
    private func measure(_ body: () -> Void) -> (median: Double, fastest: Double) {
        let clock = ContinuousClock()
        // Size a run to take about 20 ms.
        var iterations = 1
        while true {
            let elapsed = clock.measure { for _ in 0..<iterations { body() } }
            if elapsed > .milliseconds(20) || iterations >= 1 << 24 { break }
            iterations *= 2
        }
        var samples: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure { for _ in 0..<iterations { body() } }
            samples.append(Self.microseconds(elapsed) / Double(iterations))
        }
        samples.sort()
        return (samples[samples.count / 2], samples[0])
    }

    private func report(_ name: String, microseconds: (median: Double, fastest: Double), bytes: Int) {
        let megabytesPerSecond = Double(bytes) / microseconds.median
        let label = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        print("\(label) \(format(microseconds.median, digits: 2)) µs/op  \(format(megabytesPerSecond, digits: 1)) MB/s"
            + "  (fastest run \(format(microseconds.fastest, digits: 2)) µs, \(bytes) bytes)")
    }

    private func format(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return String(rounded)
    }

    private static func microseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1_000_000 + Double(attoseconds) / 1_000_000_000_000
    }

    /// A response shaped like the dashboard's: findings with Chinese text and decimal amounts.
    static func response(rows: Int) -> JSONValue {
        let nodes = (0..<rows).map { row in
            JSONValue.object([
                JSONMember("id", .string("finding-\(row)")),
                JSONMember("title", .string("关于永州市教育局整改落实情况的第\(row)项问题 \"引号\"")),
                JSONMember("status", .string(row % 3 == 0 ? "RECTIFIED" : "OPEN")),
                JSONMember("amount", .object([JSONMember("amount", .number("381200.00")), JSONMember("currency", .string("CNY"))])),
                JSONMember("deadline", .string("2020-12-31")),
                JSONMember("people", .array([.object([JSONMember("name", .string("张三")), JSONMember("role", .string("负责人"))])])),
            ])
        }
        return .object([JSONMember("data", .object([JSONMember("findings", .object([JSONMember("nodes", .array(nodes))]))]))])
    }

    /// A GraphQL-over-HTTP request body carrying the dashboard query and its variables.
    static func request() -> [UInt8] {
        JSONValue.object([
            JSONMember("query", .string(BenchmarkDocuments.dashboard)),
            JSONMember("operationName", .string("RectificationDashboard")),
            JSONMember("variables", .object([
                JSONMember("bureauId", .string("unit-永州-教育局")),
                JSONMember("first", .number("20")),
                JSONMember("status", .array([.string("OPEN")])),
                JSONMember("minAmount", .number("1000.50")),
            ])),
        ]).jsonBytes
    }
}

/// Keeps a result alive so the optimiser cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
