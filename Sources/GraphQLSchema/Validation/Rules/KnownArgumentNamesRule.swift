import GraphQLLanguage

extension ValidationRule {
    /// Argument Names (spec §5.4.1): "Every argument provided to a field or directive must be
    /// defined in the set of possible arguments of that field or directive."
    public static let knownArgumentNames = ValidationRule(name: "KnownArgumentNamesRule") { context, visitor in
        installKnownDirectiveArgumentNames(context, &visitor)
        visitor.onEnter(\.argument) { argument in
            guard context.typeInfo.argument == nil, let field = context.typeInfo.fieldDefinition,
                  let parentType = context.typeInfo.parentType
            else { return }
            let name = argument.name.value
            context.report(
                "Unknown argument \"\(name)\" on field \"\(parentType.name).\(field.name)\"."
                    + Suggestions.didYouMean(Suggestions.list(name, field.arguments.names)),
                argument.location)
        }
    }

    /// The directive half of ``knownArgumentNames``, which SDL validation runs on its own.
    public static let knownArgumentNamesOnDirectives = ValidationRule(name: "KnownArgumentNamesOnDirectivesRule") {
        installKnownDirectiveArgumentNames($0, &$1)
    }

    /// Checks directive arguments against the schema's and the document's directive definitions,
    /// then hides the directive's arguments from the rest of the rule (as graphql-js does).
    private static func installKnownDirectiveArgumentNames(_ context: ValidationContext, _ visitor: inout ValidationVisitor) {
        visitor.onEnterMaySkip(\.directive) { directive in
            let directiveName = directive.name.value
            if let known = context.knownDirective(named: directiveName)?.argumentNames {
                for argument in directive.arguments where !known.contains(argument.name.value) {
                    let name = argument.name.value
                    context.report(
                        "Unknown argument \"\(name)\" on directive \"@\(directiveName)\"."
                            + Suggestions.didYouMean(Suggestions.list(name, known)),
                        argument.location)
                }
            }
            return .skipSubtree
        }
    }
}
