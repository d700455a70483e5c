import GraphQLLanguage
import GraphQLSchema

/// Executes `__schema` and `__type(name:)` over the schema's type model, writing JSON.
///
/// The same CollectFields semantics as data fields (fragments, `@skip`/`@include`, aliases,
/// `__typename`), and the results graphql-js gives: deprecated fields, enum values, arguments and
/// input fields left out unless `includeDeprecated: true`, `defaultValue` as printed GraphQL,
/// `specifiedByURL`, `isRepeatable`, interfaces and possible types.
struct IntrospectionExecutor {
    let schema: Schema
    let collector: FieldCollector

    /// The JSON of a root introspection field.
    func execute(_ group: FieldCollector.Group) -> String {
        var buffer: [UInt8] = []
        let root: IntrospectionValue
        if group.name == "__schema" {
            root = .object(.schema)
        } else {
            let name = stringArgument("name", of: group.first) ?? ""
            root = schema.type(named: name) != nil ? .object(.type(.named(name))) : .null
        }
        write(root, selections: group.subselections, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    private func write(_ value: IntrospectionValue, selections: [SelectionSet], into buffer: inout [UInt8]) {
        switch value {
        case .null: buffer.append(contentsOf: "null".utf8)
        case .string(let text), .enumValue(let text): JSONWriter.writeString(text, into: &buffer)
        case .boolean(let flag): buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .object(let object): writeObject(object, selections: selections, into: &buffer)
        case .list(let objects):
            buffer.append(UInt8(ascii: "["))
            for (index, object) in objects.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                writeObject(object, selections: selections, into: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        case .strings(let texts):
            buffer.append(UInt8(ascii: "["))
            for (index, text) in texts.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(text, into: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        }
    }

    private func writeObject(_ object: IntrospectionObject, selections: [SelectionSet], into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "{"))
        for (index, group) in collector.collect(selections, on: object.typeName).enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(group.key, into: &buffer)
            buffer.append(UInt8(ascii: ":"))
            let value = group.name == "__typename" ? .string(object.typeName) : resolve(group.name, of: object, field: group.first)
            write(value, selections: group.subselections, into: &buffer)
        }
        buffer.append(UInt8(ascii: "}"))
    }

    // MARK: Resolvers

    private func resolve(_ name: String, of object: IntrospectionObject, field: Field) -> IntrospectionValue {
        switch object {
        case .schema: resolveSchema(name)
        case .type(let type): resolveType(name, of: type, field: field)
        case .field(let definition): resolveField(name, of: definition, field: field)
        case .inputValue(let input): resolveInputValue(name, of: input)
        case .enumValue(let value): resolveEnumValue(name, of: value)
        case .directive(let directive): resolveDirective(name, of: directive, field: field)
        }
    }

    private func resolveSchema(_ name: String) -> IntrospectionValue {
        switch name {
        case "description": return schema.description.map(IntrospectionValue.string) ?? .null
        case "types": return .list(schema.types.map { .type(.named($0.name)) })
        case "queryType": return schema.queryTypeName.map { .object(.type(.named($0))) } ?? .null
        case "mutationType": return schema.mutationTypeName.map { .object(.type(.named($0))) } ?? .null
        case "subscriptionType": return schema.subscriptionTypeName.map { .object(.type(.named($0))) } ?? .null
        case "directives": return .list(schema.directives.map { .directive($0) })
        default: return .null
        }
    }

    private func resolveType(_ name: String, of type: GraphQLType, field: Field) -> IntrospectionValue {
        switch type {
        case .list(let inner), .nonNull(let inner):
            switch name {
            case "kind": return .enumValue(type.isNonNull ? "NON_NULL" : "LIST")
            case "ofType": return .object(.type(inner))
            default: return .null
            }
        case .named(let typeName):
            guard let named = schema.type(named: typeName) else { return .null }
            let includeDeprecated = booleanArgument("includeDeprecated", of: field) ?? false
            switch name {
            case "kind": return .enumValue(named.kind.rawValue)
            case "name": return .string(named.name)
            case "description": return named.description.map(IntrospectionValue.string) ?? .null
            case "specifiedByURL":
                if case .scalar(let scalar) = named { return scalar.specifiedByURL.map(IntrospectionValue.string) ?? .null }
                return .null
            case "fields":
                guard let fields = named.fields else { return .null }
                return .list(fields.filter { includeDeprecated || !$0.isDeprecated }.map { .field($0) })
            case "interfaces":
                switch named {
                case .object, .interface: return .list(named.interfaces.map { .type(.named($0)) })
                default: return .null
                }
            case "possibleTypes":
                guard named.isAbstractType else { return .null }
                return .list(schema.possibleTypes(of: named.name).map { .type(.named($0.name)) })
            case "enumValues":
                guard case .enumeration(let enumeration) = named else { return .null }
                return .list(enumeration.values.filter { includeDeprecated || !$0.isDeprecated }.map { .enumValue($0) })
            case "inputFields":
                guard case .inputObject(let input) = named else { return .null }
                return .list(input.fields.filter { includeDeprecated || !$0.isDeprecated }.map { .inputValue($0) })
            case "isOneOf":
                guard case .inputObject(let input) = named else { return .null }
                return .boolean(input.isOneOf)
            default: return .null
            }
        }
    }

    private func resolveField(_ name: String, of definition: GraphQLField, field: Field) -> IntrospectionValue {
        switch name {
        case "name": return .string(definition.name)
        case "description": return definition.description.map(IntrospectionValue.string) ?? .null
        case "args":
            let includeDeprecated = booleanArgument("includeDeprecated", of: field) ?? false
            return .list(definition.arguments.filter { includeDeprecated || !$0.isDeprecated }.map { .inputValue($0) })
        case "type": return .object(.type(definition.type))
        case "isDeprecated": return .boolean(definition.isDeprecated)
        case "deprecationReason": return definition.deprecationReason.map(IntrospectionValue.string) ?? .null
        default: return .null
        }
    }

    private func resolveInputValue(_ name: String, of input: GraphQLInputValue) -> IntrospectionValue {
        switch name {
        case "name": return .string(input.name)
        case "description": return input.description.map(IntrospectionValue.string) ?? .null
        case "type": return .object(.type(input.type))
        case "defaultValue": return input.defaultValue.map { .string(Printer.print($0)) } ?? .null
        case "isDeprecated": return .boolean(input.isDeprecated)
        case "deprecationReason": return input.deprecationReason.map(IntrospectionValue.string) ?? .null
        default: return .null
        }
    }

    private func resolveEnumValue(_ name: String, of value: GraphQLEnumValue) -> IntrospectionValue {
        switch name {
        case "name": return .string(value.name)
        case "description": return value.description.map(IntrospectionValue.string) ?? .null
        case "isDeprecated": return .boolean(value.isDeprecated)
        case "deprecationReason": return value.deprecationReason.map(IntrospectionValue.string) ?? .null
        default: return .null
        }
    }

    private func resolveDirective(_ name: String, of directive: GraphQLDirective, field: Field) -> IntrospectionValue {
        switch name {
        case "name": return .string(directive.name)
        case "description": return directive.description.map(IntrospectionValue.string) ?? .null
        case "isRepeatable": return .boolean(directive.isRepeatable)
        case "locations": return .strings(directive.locations.map(\.rawValue))
        case "args":
            let includeDeprecated = booleanArgument("includeDeprecated", of: field) ?? false
            return .list(directive.arguments.filter { includeDeprecated || !$0.isDeprecated }.map { .inputValue($0) })
        default: return .null
        }
    }

    // MARK: Arguments

    private func booleanArgument(_ name: String, of field: Field) -> Bool? {
        guard let argument = field.arguments.first(where: { $0.name.value == name }) else { return nil }
        switch argument.value.kind {
        case .boolean(let flag): return flag
        case .variable(let variable):
            if case .boolean(let flag)? = collector.variables[variable.name.value] { return flag }
            return nil
        default: return nil
        }
    }

    private func stringArgument(_ name: String, of field: Field) -> String? {
        guard let argument = field.arguments.first(where: { $0.name.value == name }) else { return nil }
        switch argument.value.kind {
        case .string(let text, _): return text
        case .variable(let variable):
            if case .string(let text)? = collector.variables[variable.name.value] { return text }
            return nil
        default: return nil
        }
    }
}
