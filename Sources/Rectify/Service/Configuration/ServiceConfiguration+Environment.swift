import HTTPServer

extension ServiceConfiguration {
    /// Reads the configuration from environment variables and `serve`'s flags (flags win).
    ///
    /// Every value is checked here, so a typo (`PORT=80a`, `RECTIFY_POOL_SIZE=0`) stops the
    /// server at start with the variable's name instead of surfacing later.
    package static func load(environment: [String: String], arguments: [String]) throws(ServiceConfigurationError) -> ServiceConfiguration {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        guard let databaseURL = value("DATABASE_URL") else { throw .missingDatabaseURL }
        var configuration = ServiceConfiguration(databaseURL: databaseURL)
        configuration.readDatabaseURL = value("DATABASE_READ_URL")
        if let host = value("HOST") { configuration.host = host }
        let reader = SettingReader(value: value)
        configuration.port = try reader.integer("PORT", in: 0...65535) ?? configuration.port
        configuration.eventLoopCount = try reader.integer("RECTIFY_EVENT_LOOPS", in: 1...1024) ?? configuration.eventLoopCount
        configuration.poolSize = try reader.integer("RECTIFY_POOL_SIZE", in: 1...1000)
        configuration.statementTimeoutMilliseconds = try reader.integer("RECTIFY_STATEMENT_TIMEOUT_MS", in: 1...3_600_000)
            ?? configuration.statementTimeoutMilliseconds
        configuration.connectTimeoutMilliseconds = try reader.integer("RECTIFY_CONNECT_TIMEOUT_MS", in: 1...600_000)
            ?? configuration.connectTimeoutMilliseconds
        configuration.queueLimitPerLoop = try reader.integer("RECTIFY_QUEUE_LIMIT", in: 0...1_000_000) ?? configuration.queueLimitPerLoop
        configuration.maxBodyBytes = try reader.integer("RECTIFY_MAX_BODY_BYTES", in: 1024...(256 << 20)) ?? configuration.maxBodyBytes
        // PostgreSQL's own ceiling for one value is 1 GB; a root field's JSON is one value.
        configuration.maxResponseBytes = try reader.integer("RECTIFY_MAX_RESPONSE_BYTES", in: 1024...(1 << 30) - 1)
            ?? configuration.maxResponseBytes
        configuration.documentCacheCapacity = try reader.integer("RECTIFY_DOCUMENT_CACHE", in: 0...1_000_000) ?? configuration.documentCacheCapacity
        configuration.planCacheCapacity = try reader.integer("RECTIFY_PLAN_CACHE", in: 0...1_000_000) ?? configuration.planCacheCapacity
        if let zone = value("RECTIFY_TIME_ZONE") { configuration.timeZone = zone }
        if let path = value("RECTIFY_SCHEMA") { configuration.schemaPath = path }
        configuration.accessLog = try reader.flag("RECTIFY_ACCESS_LOG") ?? configuration.accessLog
        configuration.debugExtensions = try reader.flag("RECTIFY_DEBUG") ?? configuration.debugExtensions
        if let origins = value("RECTIFY_CORS_ORIGINS") { configuration.corsOrigins = try corsOrigins(origins) }
        try reader.limits(&configuration)
        try applyArguments(arguments, to: &configuration)
        return configuration
    }

    /// `*` → any origin; `none` → no CORS; otherwise a comma-separated list of origins.
    static func corsOrigins(_ text: String) throws(ServiceConfigurationError) -> CORSPolicy.Origins? {
        let trimmed = text.trimmingSpaces
        if trimmed == "*" { return .any }
        if trimmed.lowercased() == "none" { return nil }
        let origins = trimmed.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        for origin in origins where !(origin.hasPrefix("http://") || origin.hasPrefix("https://")) || origin.hasSuffix("/") {
            throw .invalidValue(name: "RECTIFY_CORS_ORIGINS", value: text,
                                expected: "`*`, `none`, or origins such as https://dashboard.example.org (scheme, host and port, no path)")
        }
        guard !origins.isEmpty else {
            throw .invalidValue(name: "RECTIFY_CORS_ORIGINS", value: text, expected: "`*`, `none`, or a comma-separated list of origins")
        }
        return .list(origins)
    }

    /// `--host H`, `--port N` (also `--host=H`, `--port=N`).
    static func applyArguments(_ arguments: [String], to configuration: inout ServiceConfiguration) throws(ServiceConfigurationError) {
        var index = 0
        while index < arguments.count {
            var name = arguments[index]
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard name == "--host" || name == "--port" else { throw .unknownArgument(arguments[index]) }
            if value == nil {
                index += 1
                guard index < arguments.count else { throw .missingArgumentValue(name) }
                value = arguments[index]
            }
            let given = value ?? ""
            if name == "--host" {
                guard !given.isEmpty else { throw .missingArgumentValue(name) }
                configuration.host = given
            } else {
                guard let port = Int(given), (0...65535).contains(port) else {
                    throw .invalidValue(name: "--port", value: given, expected: "a port number from 0 to 65535")
                }
                configuration.port = port
            }
            index += 1
        }
    }
}

/// Reads typed settings, naming the variable when one is malformed.
private struct SettingReader {
    let value: (String) -> String?

    func integer(_ name: String, in range: ClosedRange<Int>) throws(ServiceConfigurationError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text.trimmingSpaces), range.contains(number) else {
            throw .invalidValue(name: name, value: text, expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func flag(_ name: String) throws(ServiceConfigurationError) -> Bool? {
        guard let text = value(name) else { return nil }
        switch text.trimmingSpaces.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw .invalidValue(name: name, value: text, expected: "1 or 0")
        }
    }

    /// The `RECTIFY_MAX_*` variables, one per ``QueryLimits`` field and parser limit.
    func limits(_ configuration: inout ServiceConfiguration) throws(ServiceConfigurationError) {
        var limits = configuration.limits
        limits.maximumDepth = try integer("RECTIFY_MAX_DEPTH", in: 1...1000) ?? limits.maximumDepth
        limits.maximumFields = try integer("RECTIFY_MAX_FIELDS", in: 1...1_000_000) ?? limits.maximumFields
        limits.maximumAliases = try integer("RECTIFY_MAX_ALIASES", in: 0...1_000_000) ?? limits.maximumAliases
        limits.defaultPageSize = try integer("RECTIFY_DEFAULT_PAGE_SIZE", in: 1...100_000) ?? limits.defaultPageSize
        limits.maximumPageSize = try integer("RECTIFY_MAX_PAGE_SIZE", in: 1...100_000) ?? limits.maximumPageSize
        limits.defaultGroupCount = try integer("RECTIFY_DEFAULT_GROUP_COUNT", in: 1...100_000) ?? limits.defaultGroupCount
        limits.maximumGroupCount = try integer("RECTIFY_MAX_GROUP_COUNT", in: 1...100_000) ?? limits.maximumGroupCount
        limits.maximumCost = try integer("RECTIFY_MAX_COST", in: 1...1_000_000_000) ?? limits.maximumCost
        limits.maximumListLength = try integer("RECTIFY_MAX_LIST_LENGTH", in: 1...1_000_000) ?? limits.maximumListLength
        limits.maximumFilterDepth = try integer("RECTIFY_MAX_FILTER_DEPTH", in: 1...1000) ?? limits.maximumFilterDepth
        if limits.defaultPageSize > limits.maximumPageSize {
            throw .invalidValue(name: "RECTIFY_DEFAULT_PAGE_SIZE", value: String(limits.defaultPageSize),
                                expected: "at most RECTIFY_MAX_PAGE_SIZE (\(limits.maximumPageSize))")
        }
        configuration.limits = limits
        configuration.parseOptions.maxTokens = try integer("RECTIFY_MAX_TOKENS", in: 10...10_000_000) ?? configuration.parseOptions.maxTokens
        configuration.parseOptions.maxDepth = try integer("RECTIFY_MAX_NESTING", in: 2...256) ?? configuration.parseOptions.maxDepth
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
