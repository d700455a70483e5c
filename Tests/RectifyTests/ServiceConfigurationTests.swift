import HTTPServer
@testable import Rectify
import Testing

/// `rectify serve`'s configuration from the environment and flags.
@Suite struct ServiceConfigurationTests {
    @Test func defaultsServeLocally() throws {
        let configuration = try ServiceConfiguration.load(environment: ["DATABASE_URL": "postgresql:///x"], arguments: [])
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.statementTimeoutMilliseconds == 5000)
        #expect(configuration.servingDatabaseURL == "postgresql:///x")
        #expect(configuration.accessLog)
        #expect(!configuration.debugExtensions)
        guard case .any? = configuration.corsOrigins else { Issue.record("CORS should allow any origin by default"); return }
    }

    @Test func readsEveryVariable() throws {
        let configuration = try ServiceConfiguration.load(environment: [
            "DATABASE_URL": "postgresql:///primary", "DATABASE_READ_URL": "postgresql:///replica", "HOST": "0.0.0.0", "PORT": "9000",
            "RECTIFY_POOL_SIZE": "6", "RECTIFY_STATEMENT_TIMEOUT_MS": "250", "RECTIFY_ACCESS_LOG": "0", "RECTIFY_DEBUG": "1",
            "RECTIFY_CORS_ORIGINS": "https://a.example.org, http://localhost:3000", "RECTIFY_MAX_DEPTH": "7", "RECTIFY_MAX_COST": "99",
            "RECTIFY_SCHEMA": "/etc/rectify/schema.graphql", "RECTIFY_TIME_ZONE": "Asia/Shanghai",
        ], arguments: [])
        #expect(configuration.servingDatabaseURL == "postgresql:///replica")
        #expect(configuration.host == "0.0.0.0" && configuration.port == 9000)
        #expect(configuration.poolSize == 6 && configuration.statementTimeoutMilliseconds == 250)
        #expect(!configuration.accessLog && configuration.debugExtensions)
        #expect(configuration.limits.maximumDepth == 7 && configuration.limits.maximumCost == 99)
        #expect(configuration.schemaPath == "/etc/rectify/schema.graphql" && configuration.timeZone == "Asia/Shanghai")
        guard case .list(let origins)? = configuration.corsOrigins else { Issue.record("expected a list"); return }
        #expect(origins == ["https://a.example.org", "http://localhost:3000"])
    }

    @Test func responseLimitDefaultsTo32MiBAndIsReadFromTheEnvironment() throws {
        #expect(try ServiceConfiguration.load(environment: ["DATABASE_URL": "x"], arguments: []).maxResponseBytes == 32 << 20)
        let configured = try ServiceConfiguration.load(environment: ["DATABASE_URL": "x", "RECTIFY_MAX_RESPONSE_BYTES": "4096"], arguments: [])
        #expect(configured.maxResponseBytes == 4096)
        // PostgreSQL cannot build one value of 1 GB or more, so a larger limit would be a lie.
        #expect(throws: ServiceConfigurationError.invalidValue(name: "RECTIFY_MAX_RESPONSE_BYTES", value: "1073741824",
                                                               expected: "an integer from 1024 to 1073741823")) {
            try ServiceConfiguration.load(environment: ["DATABASE_URL": "x", "RECTIFY_MAX_RESPONSE_BYTES": "1073741824"], arguments: [])
        }
    }

    @Test func flagsOverrideTheEnvironment() throws {
        let configuration = try ServiceConfiguration.load(environment: ["DATABASE_URL": "x", "PORT": "1"],
                                                          arguments: ["--host", "::1", "--port=0"])
        #expect(configuration.host == "::1" && configuration.port == 0)
    }

    @Test(arguments: [
        (["PORT": "80a"], ServiceConfigurationError.invalidValue(name: "PORT", value: "80a", expected: "an integer from 0 to 65535")),
        (["RECTIFY_POOL_SIZE": "0"], .invalidValue(name: "RECTIFY_POOL_SIZE", value: "0", expected: "an integer from 1 to 1000")),
        (["RECTIFY_ACCESS_LOG": "maybe"], .invalidValue(name: "RECTIFY_ACCESS_LOG", value: "maybe", expected: "1 or 0")),
    ])
    func namesTheVariableThatIsWrong(environment: [String: String], expected: ServiceConfigurationError) {
        var values = environment
        values["DATABASE_URL"] = "x"
        #expect(throws: expected) { try ServiceConfiguration.load(environment: values, arguments: []) }
    }

    @Test func refusesMissingDatabaseURLAndUnknownArguments() {
        #expect(throws: ServiceConfigurationError.missingDatabaseURL) { try ServiceConfiguration.load(environment: [:], arguments: []) }
        #expect(throws: ServiceConfigurationError.unknownArgument("--verbose")) {
            try ServiceConfiguration.load(environment: ["DATABASE_URL": "x"], arguments: ["--verbose"])
        }
        #expect(throws: ServiceConfigurationError.missingArgumentValue("--port")) {
            try ServiceConfiguration.load(environment: ["DATABASE_URL": "x"], arguments: ["--port"])
        }
        #expect(throws: (any Error).self) {
            try ServiceConfiguration.load(environment: ["DATABASE_URL": "x", "RECTIFY_CORS_ORIGINS": "example.org/"], arguments: [])
        }
    }

    @Test func spreadsThePoolOverTheLoops() {
        var configuration = ServiceConfiguration(databaseURL: "x")
        configuration.eventLoopCount = 3
        configuration.poolSize = 7
        #expect(configuration.connectionsPerLoop() == [3, 2, 2])
        configuration.poolSize = 1
        #expect(configuration.connectionsPerLoop() == [1, 1, 1])
    }

    @Test func aBadSchemaOrMappingStopsTheServerAtStart() throws {
        var configuration = ServiceConfiguration(databaseURL: "postgresql:///x")
        configuration.schemaPath = "/nonexistent/schema.graphql"
        #expect(throws: ServiceStartError.self) { try RectifyServer(configuration: configuration) }
        #expect {
            _ = try ServiceSchema.build(sdl: "type Query { extra: Int }", path: "test", limits: .init(), parseOptions: .init())
        } throws: { error in
            guard case ServiceStartError.mappingMismatch = error else { return false }
            return "\(error)".contains("disagree")
        }
    }
}
