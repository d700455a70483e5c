import Testing
@testable import GraphQLSchema

/// Every spec §5 rule on the documents graphql-js's own rule tests use, each error compared with
/// graphql-js's message and locations (recorded from graphql-core, its faithful port).
@Suite struct ValidationRuleTests {
    @Test(arguments: ValidationCase.executableDefinitions)
    func executableDefinitions(_ testCase: ValidationCase) { testCase.check(.executableDefinitions) }

    @Test(arguments: ValidationCase.uniqueOperationNames)
    func uniqueOperationNames(_ testCase: ValidationCase) { testCase.check(.uniqueOperationNames) }

    @Test(arguments: ValidationCase.loneAnonymousOperation)
    func loneAnonymousOperation(_ testCase: ValidationCase) { testCase.check(.loneAnonymousOperation) }

    @Test(arguments: ValidationCase.singleFieldSubscriptions)
    func singleFieldSubscriptions(_ testCase: ValidationCase) { testCase.check(.singleFieldSubscriptions) }

    @Test(arguments: ValidationCase.knownTypeNames)
    func knownTypeNames(_ testCase: ValidationCase) { testCase.check(.knownTypeNames) }

    @Test(arguments: ValidationCase.fragmentsOnCompositeTypes)
    func fragmentsOnCompositeTypes(_ testCase: ValidationCase) { testCase.check(.fragmentsOnCompositeTypes) }

    @Test(arguments: ValidationCase.variablesAreInputTypes)
    func variablesAreInputTypes(_ testCase: ValidationCase) { testCase.check(.variablesAreInputTypes) }

    @Test(arguments: ValidationCase.scalarLeafs)
    func scalarLeafs(_ testCase: ValidationCase) { testCase.check(.scalarLeafs) }

    @Test(arguments: ValidationCase.fieldsOnCorrectType)
    func fieldsOnCorrectType(_ testCase: ValidationCase) { testCase.check(.fieldsOnCorrectType) }

    @Test(arguments: ValidationCase.uniqueFragmentNames)
    func uniqueFragmentNames(_ testCase: ValidationCase) { testCase.check(.uniqueFragmentNames) }

    @Test(arguments: ValidationCase.knownFragmentNames)
    func knownFragmentNames(_ testCase: ValidationCase) { testCase.check(.knownFragmentNames) }

    @Test(arguments: ValidationCase.noUnusedFragments)
    func noUnusedFragments(_ testCase: ValidationCase) { testCase.check(.noUnusedFragments) }

    @Test(arguments: ValidationCase.possibleFragmentSpreads)
    func possibleFragmentSpreads(_ testCase: ValidationCase) { testCase.check(.possibleFragmentSpreads) }

    @Test(arguments: ValidationCase.noFragmentCycles)
    func noFragmentCycles(_ testCase: ValidationCase) { testCase.check(.noFragmentCycles) }

    @Test(arguments: ValidationCase.uniqueVariableNames)
    func uniqueVariableNames(_ testCase: ValidationCase) { testCase.check(.uniqueVariableNames) }

    @Test(arguments: ValidationCase.noUndefinedVariables)
    func noUndefinedVariables(_ testCase: ValidationCase) { testCase.check(.noUndefinedVariables) }

    @Test(arguments: ValidationCase.noUnusedVariables)
    func noUnusedVariables(_ testCase: ValidationCase) { testCase.check(.noUnusedVariables) }

    @Test(arguments: ValidationCase.knownDirectives)
    func knownDirectives(_ testCase: ValidationCase) { testCase.check(.knownDirectives) }

    @Test(arguments: ValidationCase.uniqueDirectivesPerLocation)
    func uniqueDirectivesPerLocation(_ testCase: ValidationCase) { testCase.check(.uniqueDirectivesPerLocation) }

    @Test(arguments: ValidationCase.knownArgumentNames)
    func knownArgumentNames(_ testCase: ValidationCase) { testCase.check(.knownArgumentNames) }

    @Test(arguments: ValidationCase.uniqueArgumentNames)
    func uniqueArgumentNames(_ testCase: ValidationCase) { testCase.check(.uniqueArgumentNames) }

    @Test(arguments: ValidationCase.valuesOfCorrectType)
    func valuesOfCorrectType(_ testCase: ValidationCase) { testCase.check(.valuesOfCorrectType) }

    @Test(arguments: ValidationCase.providedRequiredArguments)
    func providedRequiredArguments(_ testCase: ValidationCase) { testCase.check(.providedRequiredArguments) }

    @Test(arguments: ValidationCase.variablesInAllowedPosition)
    func variablesInAllowedPosition(_ testCase: ValidationCase) { testCase.check(.variablesInAllowedPosition) }

    @Test(arguments: ValidationCase.overlappingFieldsCanBeMerged)
    func overlappingFieldsCanBeMerged(_ testCase: ValidationCase) { testCase.check(.overlappingFieldsCanBeMerged) }

    @Test(arguments: ValidationCase.uniqueInputFieldNames)
    func uniqueInputFieldNames(_ testCase: ValidationCase) { testCase.check(.uniqueInputFieldNames) }
}
