import GraphQLLanguage
import GraphQLSchema

/// The part of a request's variable values that decides the SQL's structure: the plan cache key
/// beside the document.
///
/// Computed by walking each variable's value along its declared type: which input object fields
/// are given (and null or not), the lengths of lists of input objects, enum values and Booleans
/// (`@skip(if:)`, `isNull`, `orderBy` fields, `groupBy(by:)`). Scalars and lists of scalars
/// contribute only whether they are given: their values are bind parameters. Inside a leaf filter
/// (`StringFilter`, `FindingCategoryFilter`, …) only the operators present and `isNull`'s value
/// count, so `in: $statuses` of any length and contents shares one plan.
public struct VariableShape: Sendable, Hashable, CustomStringConvertible {
    public let signature: String

    public var description: String { signature }

    static func of(_ operation: OperationDefinition, variables: [String: CoercedValue], schema: Schema) -> VariableShape {
        var writer = ShapeWriter(schema: schema)
        for definition in operation.variableDefinitions {
            let name = definition.variable.name.value
            writer.output += "$" + name + "="
            if let value = variables[name] {
                writer.write(value, type: GraphQLType(definition.type), inLeafFilter: false)
            } else {
                writer.output += "-"
            }
            writer.output += ";"
        }
        return VariableShape(signature: writer.output)
    }
}

private struct ShapeWriter {
    let schema: Schema
    var output = ""

    init(schema: Schema) { self.schema = schema }

    mutating func write(_ value: CoercedValue, type: GraphQLType, inLeafFilter: Bool) {
        if value == .null {
            output += "n"
            return
        }
        if case .list(let inner) = type.nullable {
            guard case .list(let items) = value else {
                write(value, type: inner, inLeafFilter: inLeafFilter)
                return
            }
            switch schema.type(named: inner.namedType) {
            case .scalar?:
                output += "v"
            case .enumeration? where inLeafFilter:
                output += "v"
            default:
                output += "["
                for item in items {
                    write(item, type: inner, inLeafFilter: inLeafFilter)
                    output += ","
                }
                output += "]"
            }
            return
        }
        switch schema.type(named: type.namedType) {
        case .enumeration?:
            if inLeafFilter {
                output += "v"
            } else if case .enumValue(let name) = value {
                output += name
            }
        case .inputObject(let input)?:
            guard case .object(let fields) = value else { return }
            let isLeafFilter = input.fields["eq"].map { schema.type(named: $0.type.namedType)?.isLeafType == true } ?? false
            output += "{"
            for field in fields {
                guard let definition = input.fields[field.name] else { continue }
                output += field.name + ":"
                if isLeafFilter && field.name != "isNull" {
                    output += field.value == .null ? "n" : "v"
                } else {
                    write(field.value, type: definition.type, inLeafFilter: isLeafFilter)
                }
                output += ","
            }
            output += "}"
        default:
            // Booleans are structural (`@skip(if:)`, `isNull`); a leaf filter's `eq: true` never gets here.
            if case .boolean(let flag) = value {
                output += flag ? "t" : "f"
            } else {
                output += "v"
            }
        }
    }
}
