/// One validation rule of spec §5 (or of the SDL rules buildSchema applies), named as graphql-js
/// names it; rules run together in one traversal.
public struct ValidationRule: Sendable {
    public let name: String
    let install: @Sendable (ValidationContext, inout ValidationVisitor) -> Void

    init(name: String, install: @escaping @Sendable (ValidationContext, inout ValidationVisitor) -> Void) {
        self.name = name
        self.install = install
    }
}

/// The rules of spec §5 in graphql-js's order, which is also the order errors are reported in.
public let specifiedRules: [ValidationRule] = [
    .executableDefinitions,
    .uniqueOperationNames,
    .loneAnonymousOperation,
    .singleFieldSubscriptions,
    .knownTypeNames,
    .fragmentsOnCompositeTypes,
    .variablesAreInputTypes,
    .scalarLeafs,
    .fieldsOnCorrectType,
    .uniqueFragmentNames,
    .knownFragmentNames,
    .noUnusedFragments,
    .possibleFragmentSpreads,
    .noFragmentCycles,
    .uniqueVariableNames,
    .noUndefinedVariables,
    .noUnusedVariables,
    .knownDirectives,
    .uniqueDirectivesPerLocation,
    .knownArgumentNames,
    .uniqueArgumentNames,
    .valuesOfCorrectType,
    .providedRequiredArguments,
    .variablesInAllowedPosition,
    .overlappingFieldsCanBeMerged,
    .uniqueInputFieldNames,
]

extension ValidationRule {
    /// Whether `rules` are exactly ``specifiedRules``, which ``ValidityProof`` stands in for.
    static func areSpecified(_ rules: [ValidationRule]) -> Bool {
        // Names of the same static strings compare by identity first, so this costs little.
        rules.count == specifiedRules.count && zip(rules, specifiedRules).allSatisfy { $0.name == $1.name }
    }
}

/// The rules a type-system document must pass before a schema is built from it (graphql-js
/// `specifiedSDLRules`).
public let specifiedSDLRules: [ValidationRule] = [
    .loneSchemaDefinition,
    .uniqueOperationTypes,
    .uniqueTypeNames,
    .uniqueEnumValueNames,
    .uniqueFieldDefinitionNames,
    .uniqueArgumentDefinitionNames,
    .uniqueDirectiveNames,
    .knownTypeNames,
    .knownDirectives,
    .uniqueDirectivesPerLocation,
    .possibleTypeExtensions,
    .knownArgumentNamesOnDirectives,
    .uniqueArgumentNames,
    .uniqueInputFieldNames,
    .providedRequiredArgumentsOnDirectives,
]
