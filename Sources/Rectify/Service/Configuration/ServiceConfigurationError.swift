/// Why `rectify serve` cannot start with the configuration it was given.
package enum ServiceConfigurationError: Error, Equatable, CustomStringConvertible {
    case missingDatabaseURL
    case invalidValue(name: String, value: String, expected: String)
    case unknownArgument(String)
    case missingArgumentValue(String)

    package var description: String {
        switch self {
        case .missingDatabaseURL:
            "DATABASE_URL is not set (e.g. postgresql://user@host/db); `make run` sets it for a local cluster"
        case .invalidValue(let name, let value, let expected):
            "\(name)=\"\(value)\" is not valid: expected \(expected)"
        case .unknownArgument(let argument):
            "unknown argument \"\(argument)\"; serve takes --host HOST and --port PORT"
        case .missingArgumentValue(let name):
            "\(name) needs a value"
        }
    }
}
