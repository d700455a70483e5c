import GraphQLLanguage
import Testing

/// The kitchen-sink documents parse, print as graphql-js prints them, and survive a round trip.
@Suite struct KitchenSinkTests {
    @Test func printsQueryKitchenSinkLikeGraphQLJS() throws {
        let document = try Parser.parse(KitchenSink.query)
        #expect(Printer.print(document) + "\n" == KitchenSink.printedQuery)
    }

    @Test func printsSchemaKitchenSinkLikeGraphQLJS() throws {
        let document = try Parser.parse(KitchenSink.schema)
        #expect(Printer.print(document) + "\n" == KitchenSink.printedSchema)
    }

    @Test(arguments: [KitchenSink.query, KitchenSink.schema])
    func roundTripsThroughPrinter(_ source: String) throws {
        let document = try Parser.parse(source)
        let printed = Printer.print(document)
        #expect(try Parser.parse(printed) == document)
        #expect(Printer.print(try Parser.parse(printed)) == printed)
    }

    @Test func decodesStringEscapesAndBlockStrings() throws {
        let document = try Parser.parse(KitchenSink.query)
        guard case .field(let strings) = document.operations.first?.selectionSet.selections.last else {
            Issue.record("expected the strings field last")
            return
        }
        #expect(strings.arguments.map(\.value.kind) == [
            .string("tab\tnewline\n quote\" backslash\\ slash/ unicode é 😀 pair 😀 中文 \u{08}\u{0C}\r", isBlock: false),
            .string("Block with \"quotes\" and \"\"\" escaped triple quotes.\n  indented line\n\nafter a blank line", isBlock: true),
        ])
    }

    @Test func readsEveryDefinitionKindOfTheSchema() throws {
        let document = try Parser.parse(KitchenSink.schema)
        var kinds: [String] = []
        for definition in document.definitions {
            switch definition {
            case .typeSystem(.schema): kinds.append("schema")
            case .typeSystem(.directive): kinds.append("directive")
            case .typeSystem(.type(let type)): kinds.append(Self.kind(of: type))
            case .typeSystemExtension(.schema): kinds.append("extend schema")
            case .typeSystemExtension(.type(let type)): kinds.append("extend " + Self.kind(of: type))
            case .operation, .fragment: kinds.append("executable")
            }
        }
        #expect(kinds == [
            "schema", "type", "type", "type", "extend type", "extend type", "extend type",
            "interface", "interface", "extend interface", "extend interface", "interface",
            "union", "union", "union", "extend union", "extend union",
            "scalar", "scalar", "extend scalar",
            "enum", "enum", "extend enum", "extend enum",
            "input", "input", "extend input", "extend input",
            "directive", "directive", "directive", "extend schema", "extend schema",
        ])
    }

    @Test func readsDescriptionsRepeatableAndInterfaces() throws {
        let document = try Parser.parse(KitchenSink.schema)
        guard case .typeSystem(.schema(let schema)) = document.definitions[0],
              case .typeSystem(.type(.object(let query))) = document.definitions[1],
              case .typeSystemExtension(.type(.object(let implementsExtension))) = document.definitions[6],
              case .typeSystem(.directive(let repeatable)) = document.definitions[29]
        else {
            Issue.record("unexpected definitions")
            return
        }
        #expect(schema.description == StringValue("The schema of inspection findings.", isBlock: true))
        #expect(schema.operationTypes.map(\.operation) == [.query, .mutation, .subscription])
        #expect(query.description == StringValue("A single-line description"))
        #expect(query.interfaces.map(\.name.value) == ["Node", "Entity"])
        #expect(query.fields[1].description?.value == "Multi-line\n  field description")
        #expect(query.fields[1].arguments.map(\.description?.value) == ["Argument description", "Block argument description"])
        #expect(implementsExtension.interfaces.map(\.name.value) == ["Auditable"])
        #expect(repeatable.isRepeatable)
        #expect(repeatable.locations.map(\.value) == ["OBJECT", "INTERFACE"])
    }

    private static func kind(of type: TypeDefinition) -> String {
        switch type {
        case .scalar: "scalar"
        case .object: "type"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input"
        }
    }
}
