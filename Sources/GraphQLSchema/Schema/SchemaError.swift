public import GraphQLLanguage

/// Why a schema could not be built: its SDL did not parse, broke an SDL rule (unique names, known
/// types, …), or describes a type system the specification rejects (spec §3 "Type Validation").
public enum SchemaError: Error, Sendable, CustomStringConvertible {
    case syntax(GraphQLError)
    case invalidDocument([GraphQLError])
    case invalidTypeSystem([GraphQLError])

    public var errors: [GraphQLError] {
        switch self {
        case .syntax(let error): [error]
        case .invalidDocument(let errors), .invalidTypeSystem(let errors): errors
        }
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n\n")
    }
}
