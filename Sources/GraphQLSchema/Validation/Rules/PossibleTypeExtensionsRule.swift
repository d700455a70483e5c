import GraphQLLanguage

extension ValidationRule {
    /// Type extensions (spec §3.4.3 and each kind's "Extension" section): "The named type must
    /// already be defined and must be a" type of the same kind.
    public static let possibleTypeExtensions = ValidationRule(name: "PossibleTypeExtensionsRule") { context, visitor in
        var defined: [String: TypeDefinition] = [:]
        for case .typeSystem(.type(let type)) in context.document.definitions { defined[type.name.value] = type }
        visitor.onEnter(\.typeDefinition) { type in
            guard type.isExtension else { return }
            let name = type.node.name.value
            let expectedKind = defined[name]?.kindName ?? context.schemaIfPresent?.type(named: name).map(\.kind.extensionName)
            guard let expectedKind else {
                let documentNames = context.document.definitions.compactMap { definition -> String? in
                    if case .typeSystem(.type(let type)) = definition { type.name.value } else { nil }
                }
                let names = orderedUnique(documentNames + (context.schemaIfPresent?.types.map(\.name) ?? []))
                context.report(
                    "Cannot extend type \"\(name)\" because it is not defined."
                        + Suggestions.didYouMean(Suggestions.list(name, names)),
                    type.node.name.location)
                return
            }
            if expectedKind != type.node.kindName {
                let locations = [defined[name]?.location, type.node.location].compactMap { $0 }
                context.report("Cannot extend non-\(type.node.kindName) type \"\(name)\".", locations)
            }
        }
    }

    private static func orderedUnique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

extension TypeDefinition {
    /// The kind as graphql-js names it in extension errors.
    var kindName: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input object"
        }
    }
}

extension TypeKind {
    var extensionName: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input object"
        case .list, .nonNull: ""
        }
    }
}
