import GraphQLLanguage

/// Checks a built schema against the type-system rules (spec §3 "Type Validation" sections),
/// reporting graphql-js's `validateSchema` messages with each error naming the type and field.
struct SchemaValidator {
    let schema: Schema
    private(set) var errors: [GraphQLError] = []

    init(schema: Schema) {
        self.schema = schema
    }

    consuming func validate() -> [GraphQLError] {
        validateRootTypes()
        validateDirectives()
        validateTypes()
        return errors
    }

    mutating func report(_ message: String, _ locations: [SourceLocation?]) {
        errors.append(GraphQLError(message, locations: locations.compactMap { $0 }))
    }

    /// Spec §3.3.1: the query root must exist and every root must be an object type.
    private mutating func validateRootTypes() {
        for operation in OperationType.allCases {
            guard let name = schema.rootTypeName(for: operation) else {
                if operation == .query { report("Query root type must be provided.", [schema.definitionLocation]) }
                continue
            }
            guard let type = schema.type(named: name), type.kind != .object else { continue }
            let label = operation.rawValue.prefix(1).uppercased() + operation.rawValue.dropFirst()
            let requirement = operation == .query ? "Object type" : "Object type if provided"
            report(
                "\(label) root type must be \(requirement), it cannot be \(name).",
                [schema.operationTypeLocations[operation] ?? type.definitionLocations.first])
        }
    }

    /// Spec §3.13: directive names, locations and argument types.
    private mutating func validateDirectives() {
        for directive in schema.directives {
            validateName(directive.name, directive.location)
            if directive.locations.isEmpty {
                report("Directive @\(directive.name) must include 1 or more locations.", [directive.location])
            }
            for argument in directive.arguments {
                validateName(argument.name, argument.location)
                if !schema.isInputType(argument.type) {
                    report(
                        "The type of @\(directive.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                        [argument.location])
                }
                if argument.isRequired && argument.isDeprecated {
                    report(
                        "Required argument @\(directive.name)(\(argument.name):) cannot be deprecated.",
                        [argument.deprecatedDirectiveLocation, argument.typeLocation])
                }
            }
        }
    }

    /// Spec §2.1.9 and §3.4: names beginning `__` are reserved for introspection.
    mutating func validateName(_ name: String, _ location: SourceLocation?) {
        if name.hasPrefix("__") {
            report(
                "Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                [location])
        }
    }

    private mutating func validateTypes() {
        var cycles = InputObjectCycleDetector()
        for type in schema.types {
            if !type.isIntrospectionType { validateName(type.name, type.definitionLocations.first) }
            switch type {
            case .object(let object):
                validateFields(of: object.name, object.fields, object.definitionLocations)
                validateInterfaces(of: type)
            case .interface(let interface):
                validateFields(of: interface.name, interface.fields, interface.definitionLocations)
                validateInterfaces(of: type)
            case .union(let union):
                validateUnionMembers(union)
            case .enumeration(let enumeration):
                if enumeration.values.isEmpty {
                    report("Enum type \(enumeration.name) must define one or more values.", enumeration.definitionLocations)
                }
                for value in enumeration.values { validateName(value.name, value.location) }
            case .inputObject(let input):
                validateInputFields(input)
                cycles.check(input, in: schema, validator: &self)
            case .scalar:
                break
            }
        }
    }

    /// Spec §3.6 "Type Validation" 2: at least one field, output field types, input argument types.
    private mutating func validateFields(of typeName: String, _ fields: NameIndexed<GraphQLField>, _ definitions: [SourceLocation]) {
        if fields.isEmpty { report("Type \(typeName) must define one or more fields.", definitions) }
        for field in fields {
            validateName(field.name, field.location)
            if !schema.isOutputType(field.type) {
                report(
                    "The type of \(typeName).\(field.name) must be Output Type but got: \(field.type).",
                    [field.typeLocation])
            }
            for argument in field.arguments {
                validateName(argument.name, argument.location)
                if !schema.isInputType(argument.type) {
                    report(
                        "The type of \(typeName).\(field.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                        [argument.typeLocation])
                }
                if argument.isRequired && argument.isDeprecated {
                    report(
                        "Required argument \(typeName).\(field.name)(\(argument.name):) cannot be deprecated.",
                        [argument.deprecatedDirectiveLocation, argument.typeLocation])
                }
            }
        }
    }

    /// Spec §3.8 "Type Validation": one or more members, objects only, each once.
    private mutating func validateUnionMembers(_ union: GraphQLUnionType) {
        if union.types.isEmpty {
            report("Union type \(union.name) must define one or more member types.", union.definitionLocations)
        }
        var included: Set<String> = []
        for member in union.types {
            let locations = union.memberReferences.filter { $0.name == member }.map(\.location)
            guard schema.type(named: member)?.kind == .object else {
                report("Union type \(union.name) can only include Object types, it cannot include \(member).", locations)
                continue
            }
            if !included.insert(member).inserted {
                report("Union type \(union.name) can only include type \(member) once.", locations)
            }
        }
    }

    /// Spec §3.10 "Type Validation": one or more fields, input types, required fields not deprecated.
    private mutating func validateInputFields(_ input: GraphQLInputObjectType) {
        if input.fields.isEmpty {
            report("Input Object type \(input.name) must define one or more fields.", input.definitionLocations)
        }
        for field in input.fields {
            validateName(field.name, field.location)
            if !schema.isInputType(field.type) {
                report(
                    "The type of \(input.name).\(field.name) must be Input Type but got: \(field.type).",
                    [field.typeLocation])
            }
            if field.isRequired && field.isDeprecated {
                report(
                    "Required input field \(input.name).\(field.name) cannot be deprecated.",
                    [field.deprecatedDirectiveLocation, field.typeLocation])
            }
            if input.isOneOf { validateOneOfField(field, of: input) }
        }
    }

    /// A OneOf input object's fields must be nullable and have no default, or no value could
    /// give exactly one of them (graphql-js 16.9 `validateOneOfInputObjectField`).
    private mutating func validateOneOfField(_ field: GraphQLInputValue, of input: GraphQLInputObjectType) {
        if field.type.isNonNull {
            report("OneOf input field \(input.name).\(field.name) must be nullable.", [field.typeLocation])
        }
        if field.defaultValue != nil {
            report("OneOf input field \(input.name).\(field.name) cannot have a default value.", [field.location])
        }
    }
}
