import GraphQLLanguage
import GraphQLSchema

/// `rectify-bench loop CASE N`: runs one front-end case N times and prints nothing but a checksum,
/// for instruction counting (`scripts/language-instructions.sh` runs each case under callgrind at
/// two counts and divides the difference, which cancels start-up and schema building).
enum InstructionCases {
    /// The cases, in the order the script reports them.
    static let names = [
        "parse-dashboard",
        "parse-project-dashboard",
        "validate-project-dashboard",
        "parse-validate-project-dashboard",
        "validate-dashboard",
        "parse-validate-dashboard",
        "parse-kitchen-sink",
        "parse-schema-kitchen-sink",
        "validate-invalid-project-dashboard",
        "validate-2000-repeated-fields",
        "validate-2000-aliased-fields",
        "validate-2000-repeated-subselections",
        "validate-500-fragments",
    ]

    /// Runs case `name` `count` times; false when there is no such case.
    static func run(_ name: String, count: Int) -> Bool {
        guard let body = body(for: name) else { return false }
        var checksum = 0
        for _ in 0..<count { checksum &+= body() }
        print(checksum)
        return true
    }

    /// One run of a case, returning something derived from its result so nothing is optimised away.
    private static func body(for name: String) -> (() -> Int)? {
        let project = { try! Schema(sdl: BenchmarkDocuments.projectSchema) }
        let small = { try! Schema(sdl: ValidationBenchmark.schemaSDL) }
        func parse(_ source: String) -> () -> Int {
            { try! Parser.parse(source, options: ParseOptions(maxTokens: 1_000_000)).definitions.count }
        }
        func validation(_ source: String, _ schema: Schema) -> () -> Int {
            let document = try! Parser.parse(source, options: ParseOptions(maxTokens: 1_000_000))
            return { validate(document, against: schema).count }
        }
        func parseAndValidate(_ source: String, _ schema: Schema) -> () -> Int {
            { validate(try! Parser.parse(source), against: schema).count }
        }
        switch name {
        case "parse-dashboard": return parse(BenchmarkDocuments.dashboard)
        case "parse-project-dashboard": return parse(ValidationBenchmark.projectDashboardQuery)
        case "validate-project-dashboard": return validation(ValidationBenchmark.projectDashboardQuery, project())
        case "parse-validate-project-dashboard": return parseAndValidate(ValidationBenchmark.projectDashboardQuery, project())
        case "validate-dashboard": return validation(ValidationBenchmark.dashboardQuery, small())
        case "parse-validate-dashboard": return parseAndValidate(ValidationBenchmark.dashboardQuery, small())
        case "parse-kitchen-sink": return parse(BenchmarkDocuments.kitchenSinkQuery)
        case "parse-schema-kitchen-sink": return parse(BenchmarkDocuments.kitchenSinkSchema)
        case "validate-invalid-project-dashboard":
            // One unknown field: the document every rule must walk and report on.
            let source = ValidationBenchmark.projectDashboardQuery.replacing("longTerm\n", with: "longTerm nope\n")
            return validation(source, project())
        default:
            guard let hostile = ValidationBenchmark.hostile.first(where: { $0.key == name }) else { return nil }
            return validation(hostile.source, small())
        }
    }
}
