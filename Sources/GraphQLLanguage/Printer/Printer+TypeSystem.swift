extension Printer {
    public static func print(_ definition: TypeSystemDefinition) -> String {
        switch definition {
        case .schema(let schema):
            return description(schema.description)
                + join(["schema", join(schema.directives.map(print), " "), block(schema.operationTypes.map(print))], " ")
        case .type(let type):
            return print(type, extending: false)
        case .directive(let directive):
            return description(directive.description) + "directive @" + directive.name.value
                + argumentDefinitions(directive.arguments)
                + (directive.isRepeatable ? " repeatable" : "")
                + " on " + join(directive.locations.map(\.value), " | ")
        }
    }

    public static func print(_ definition: TypeSystemExtension) -> String {
        switch definition {
        case .schema(let schema):
            join(["extend schema", join(schema.directives.map(print), " "), block(schema.operationTypes.map(print))], " ")
        case .type(let type):
            print(type, extending: true)
        }
    }

    /// A type definition, or with `extending`, the same parts as an `extend` (no description).
    static func print(_ type: TypeDefinition, extending: Bool) -> String {
        let extend = extending ? "extend " : ""
        switch type {
        case .scalar(let scalar):
            return description(scalar.description)
                + join([extend + "scalar", scalar.name.value, join(scalar.directives.map(print), " ")], " ")
        case .object(let object):
            return description(object.description)
                + typeWithFields(extend + "type", object.name, object.interfaces, object.directives, object.fields)
        case .interface(let interface):
            return description(interface.description)
                + typeWithFields(extend + "interface", interface.name, interface.interfaces, interface.directives, interface.fields)
        case .union(let union):
            return description(union.description) + join([
                extend + "union",
                union.name.value,
                join(union.directives.map(print), " "),
                wrap("= ", join(union.types.map(\.name.value), " | ")),
            ], " ")
        case .enumeration(let enumeration):
            return description(enumeration.description) + join([
                extend + "enum",
                enumeration.name.value,
                join(enumeration.directives.map(print), " "),
                block(enumeration.values.map(print)),
            ], " ")
        case .inputObject(let input):
            return description(input.description) + join([
                extend + "input",
                input.name.value,
                join(input.directives.map(print), " "),
                block(input.fields.map(print)),
            ], " ")
        }
    }

    /// `type` or `interface`, name, interfaces, directives and fields, as objects and
    /// interfaces share them.
    private static func typeWithFields(
        _ keyword: String, _ name: Name, _ interfaces: [NamedType], _ directives: [Directive], _ fields: [FieldDefinition]
    ) -> String {
        join([
            keyword,
            name.value,
            wrap("implements ", join(interfaces.map(\.name.value), " & ")),
            join(directives.map(print), " "),
            block(fields.map(print)),
        ], " ")
    }

    static func print(_ operationType: OperationTypeDefinition) -> String {
        operationType.operation.rawValue + ": " + operationType.type.name.value
    }

    static func print(_ field: FieldDefinition) -> String {
        description(field.description) + field.name.value + argumentDefinitions(field.arguments)
            + ": " + print(field.type) + wrap(" ", join(field.directives.map(print), " "))
    }

    static func print(_ input: InputValueDefinition) -> String {
        description(input.description) + join([
            input.name.value + ": " + print(input.type),
            wrap("= ", input.defaultValue.map(print) ?? ""),
            join(input.directives.map(print), " "),
        ], " ")
    }

    static func print(_ value: EnumValueDefinition) -> String {
        description(value.description) + join([value.name.value, join(value.directives.map(print), " ")], " ")
    }

    /// `(a: Int, b: Int)`, or one per line when any has a (block) description.
    private static func argumentDefinitions(_ arguments: [InputValueDefinition]) -> String {
        let printed = arguments.map(print)
        return hasMultilineItems(printed)
            ? wrap("(\n", indent(join(printed, "\n")), "\n)")
            : wrap("(", join(printed, ", "), ")")
    }

    /// A description followed by a line break, or nothing.
    private static func description(_ description: StringValue?) -> String {
        guard let description else { return "" }
        return print(Value(.string(description.value, isBlock: description.isBlock))) + "\n"
    }
}
