import GraphQLLanguage

/// The five scalars every schema has (spec §3.5.1–§3.5.5), with graphql-js's descriptions.
extension GraphQLScalarType {
    public static let int = GraphQLScalarType(
        name: "Int",
        description: "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        coercion: .int
    )
    public static let float = GraphQLScalarType(
        name: "Float",
        description: "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        coercion: .float
    )
    public static let string = GraphQLScalarType(
        name: "String",
        description: "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        coercion: .string
    )
    public static let boolean = GraphQLScalarType(
        name: "Boolean",
        description: "The `Boolean` scalar type represents `true` or `false`.",
        coercion: .boolean
    )
    public static let id = GraphQLScalarType(
        name: "ID",
        description: "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        coercion: .id
    )

    /// The specified scalars in the order graphql-js lists them.
    public static let specified: [GraphQLScalarType] = [.string, .int, .float, .boolean, .id]
}

/// Input coercion of the specified scalars, with graphql-js's messages.
extension ScalarCoercion {
    /// `Int`: integers in the signed 32-bit range (spec §3.5.1).
    public static let int = ScalarCoercion(
        literal: { literal in
            guard case .int(let text) = literal.kind else {
                return .failure(ScalarCoercionError("Int cannot represent non-integer value: \(Printer.print(literal))"))
            }
            guard let number = Int(text), number >= Int(Int32.min), number <= Int(Int32.max) else {
                return .failure(ScalarCoercionError("Int cannot represent non 32-bit signed integer value: \(text)"))
            }
            return .success(.int(number))
        },
        variable: { json in
            guard case .number(let text) = json, let number = Double(text), isIntegral(number) else {
                return .failure(ScalarCoercionError("Int cannot represent non-integer value: \(Inspect.inspect(json))"))
            }
            guard number >= Double(Int32.min), number <= Double(Int32.max) else {
                return .failure(ScalarCoercionError(
                    "Int cannot represent non 32-bit signed integer value: \(Inspect.javaScriptNumber(number))"))
            }
            return .success(.int(Int(number)))
        }
    )

    /// `Float`: finite double-precision numbers; integers are accepted (spec §3.5.2).
    public static let float = ScalarCoercion(
        literal: { literal in
            switch literal.kind {
            case .int(let text), .float(let text):
                return .success(.float(Double(text) ?? .nan))
            default:
                return .failure(ScalarCoercionError("Float cannot represent non numeric value: \(Printer.print(literal))"))
            }
        },
        variable: { json in
            guard case .number(let text) = json, let number = Double(text), number.isFinite else {
                return .failure(ScalarCoercionError("Float cannot represent non numeric value: \(Inspect.inspect(json))"))
            }
            return .success(.float(number))
        }
    )

    /// `String` (spec §3.5.3).
    public static let string = ScalarCoercion(
        literal: { literal in
            guard case .string(let text, _) = literal.kind else {
                return .failure(ScalarCoercionError("String cannot represent a non string value: \(Printer.print(literal))"))
            }
            return .success(.string(text))
        },
        variable: { json in
            guard case .string(let text) = json else {
                return .failure(ScalarCoercionError("String cannot represent a non string value: \(Inspect.inspect(json))"))
            }
            return .success(.string(text))
        }
    )

    /// `Boolean` (spec §3.5.4).
    public static let boolean = ScalarCoercion(
        literal: { literal in
            guard case .boolean(let flag) = literal.kind else {
                return .failure(ScalarCoercionError("Boolean cannot represent a non boolean value: \(Printer.print(literal))"))
            }
            return .success(.boolean(flag))
        },
        variable: { json in
            guard case .bool(let flag) = json else {
                return .failure(ScalarCoercionError("Boolean cannot represent a non boolean value: \(Inspect.inspect(json))"))
            }
            return .success(.boolean(flag))
        }
    )

    /// `ID`: strings, and integers taken as their decimal text (spec §3.5.5).
    public static let id = ScalarCoercion(
        literal: { literal in
            switch literal.kind {
            case .string(let text, _), .int(let text):
                return .success(.string(text))
            default:
                return .failure(ScalarCoercionError(
                    "ID cannot represent a non-string and non-integer value: \(Printer.print(literal))"))
            }
        },
        variable: { json in
            switch json {
            case .string(let text):
                return .success(.string(text))
            case .number(let text):
                if let number = Double(text), isIntegral(number) {
                    return .success(.string(Inspect.javaScriptNumber(number)))
                }
            default:
                break
            }
            return .failure(ScalarCoercionError("ID cannot represent value: \(Inspect.inspect(json))"))
        }
    )
}

/// Whether a JSON number is a whole number, as JavaScript's `Number.isInteger` decides.
private func isIntegral(_ number: Double) -> Bool {
    guard number.isFinite else { return false }
    // Whole when no significand bit lies below the binary point.
    return number == 0 || number.exponent >= number.significandWidth
}
