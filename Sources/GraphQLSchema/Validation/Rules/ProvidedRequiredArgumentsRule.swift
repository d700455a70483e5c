import GraphQLLanguage

extension ValidationRule {
    /// Required Arguments (spec §5.4.2.1): "Arguments can be required. An argument is required if
    /// the argument type is non-null and does not have a default value."
    public static let providedRequiredArguments = ValidationRule(name: "ProvidedRequiredArgumentsRule") { context, visitor in
        installProvidedDirectiveArguments(context, &visitor)
        visitor.onLeave(\.field) { field in
            guard let definition = context.typeInfo.fieldDefinition else { return }
            for argument in definition.arguments where argument.isRequired {
                guard !field.arguments.contains(where: { $0.name.value == argument.name }) else { continue }
                context.report(
                    "Field \"\(field.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                    field.location)
            }
        }
    }

    /// The directive half of ``providedRequiredArguments``, which SDL validation runs on its own.
    public static let providedRequiredArgumentsOnDirectives = ValidationRule(name: "ProvidedRequiredArgumentsOnDirectivesRule") {
        installProvidedDirectiveArguments($0, &$1)
    }

    private static func installProvidedDirectiveArguments(_ context: ValidationContext, _ visitor: inout ValidationVisitor) {
        visitor.onLeave(\.directive) { directive in
            guard let arguments = context.knownDirective(named: directive.name.value)?.requiredArguments else { return }
            for argument in arguments where !directive.arguments.contains(where: { $0.name.value == argument.name }) {
                context.report(
                    "Directive \"@\(directive.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                    directive.location)
            }
        }
    }
}
