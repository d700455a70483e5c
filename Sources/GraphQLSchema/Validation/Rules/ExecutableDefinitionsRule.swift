import GraphQLLanguage

extension ValidationRule {
    /// Executable Definitions (spec §5.1.1): "For each definition definition in document.
    /// definition must be ExecutableDefinition (it must not be TypeSystemDefinitionOrExtension)."
    public static let executableDefinitions = ValidationRule(name: "ExecutableDefinitionsRule") { context, visitor in
        visitor.onEnterMaySkip(\.document) { document in
            for definition in document.definitions {
                let name: String
                switch definition {
                case .operation, .fragment: continue
                case .typeSystem(.schema), .typeSystemExtension(.schema): name = "schema"
                case .typeSystem(.type(let type)), .typeSystemExtension(.type(let type)): name = "\"\(type.name.value)\""
                case .typeSystem(.directive(let directive)): name = "\"\(directive.name.value)\""
                }
                context.report("The \(name) definition is not executable.", definition.location)
            }
            return .skipSubtree
        }
    }
}
