public import GraphQLLanguage

/// Tracks, while a document is walked, the schema types at the current position: the output type
/// and parent type of fields, the expected input type of values, the directive, argument and enum
/// value in scope (graphql-js `TypeInfo`).
///
/// The walker calls `enter` before any rule sees a node and `leave` after every rule has left it,
/// so rules always read the type information of the node they are looking at.
public final class TypeInfo {
    public let schema: Schema?
    /// Output types with their named types resolved once, so selection sets and rules need no lookup.
    private var typeStack: [ResolvedType?] = []
    private var parentTypeStack: [GraphQLNamedType?] = []
    private var inputTypeStack: [GraphQLType?] = []
    private var fieldDefinitionStack: [GraphQLField?] = []
    private var defaultValueStack: [Value?] = []
    public private(set) var directive: GraphQLDirective?
    public private(set) var argument: GraphQLInputValue?
    public private(set) var enumValue: GraphQLEnumValue?

    /// A type info for `schema`; without a schema (SDL validation) every lookup answers nil.
    public init(schema: Schema?) {
        self.schema = schema
    }

    /// The output type of the current field, operation or fragment.
    public var type: GraphQLType? { (typeStack.last ?? nil)?.type }
    /// The named type at the core of ``type``.
    public var namedType: GraphQLNamedType? { (typeStack.last ?? nil)?.named }
    /// The composite type whose selection set is being walked.
    public var parentType: GraphQLNamedType? { parentTypeStack.last ?? nil }
    /// The type the current value literal is expected to have.
    public var inputType: GraphQLType? { inputTypeStack.last ?? nil }
    /// The expected type of the list or input object enclosing the current value.
    public var parentInputType: GraphQLType? {
        inputTypeStack.count >= 2 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }
    /// The definition of the current field.
    public var fieldDefinition: GraphQLField? { fieldDefinitionStack.last ?? nil }
    /// The default value of the argument or input field the current value is given for.
    public var defaultValue: Value? { defaultValueStack.last ?? nil }

    // MARK: Executable nodes

    public func enter(_ operation: OperationDefinition) {
        let root = schema?.rootTypeName(for: operation.operation).flatMap { schema?.type(named: $0) }
        typeStack.append(root?.kind == .object ? ResolvedType(type: .named(root!.name), named: root!) : nil)
    }

    public func leave(_ operation: OperationDefinition) { typeStack.removeLast() }

    public func enter(_ selectionSet: SelectionSet) {
        let named = namedType
        parentTypeStack.append(named?.isCompositeType == true ? named : nil)
    }

    public func leave(_ selectionSet: SelectionSet) { parentTypeStack.removeLast() }

    public func enter(_ field: Field) {
        let definition = parentType.flatMap { fieldDefinition(named: field.name.value, on: $0) }
        fieldDefinitionStack.append(definition)
        typeStack.append(definition.flatMap { resolvedOutput($0.type) })
    }

    public func leave(_ field: Field) {
        fieldDefinitionStack.removeLast()
        typeStack.removeLast()
    }

    /// The field `name` of `parentType`, meta-fields included (spec §4.1, §4.2).
    public func fieldDefinition(named name: String, on parentType: GraphQLNamedType) -> GraphQLField? {
        if let schema { return schema.fieldDefinition(named: name, on: parentType) }
        return name == "__typename" && parentType.isCompositeType ? MetaFields.typename : parentType.field(named: name)
    }

    public func enter(_ fragment: FragmentDefinition) {
        enterTypeCondition(fragment.typeCondition)
    }

    public func leave(_ fragment: FragmentDefinition) { typeStack.removeLast() }

    public func enter(_ fragment: InlineFragment) {
        enterTypeCondition(fragment.typeCondition)
    }

    public func leave(_ fragment: InlineFragment) { typeStack.removeLast() }

    private func enterTypeCondition(_ condition: NamedType?) {
        let named = condition.map { schema?.type(named: $0.name.value) } ?? namedType
        typeStack.append(named.flatMap { $0.isOutputType ? ResolvedType(type: .named($0.name), named: $0) : nil })
    }

    public func enter(_ definition: VariableDefinition) {
        inputTypeStack.append(inputType(of: definition.type))
    }

    public func leave(_ definition: VariableDefinition) { inputTypeStack.removeLast() }

    /// The schema type a document's type reference names, when it names an input type.
    public func inputType(of reference: TypeReference) -> GraphQLType? {
        guard let named = schema?.type(named: reference.namedType.name.value), named.isInputType else { return nil }
        return GraphQLType(reference)
    }

    public func enter(_ directive: Directive) {
        self.directive = schema?.directive(named: directive.name.value)
    }

    public func leave(_ directive: Directive) { self.directive = nil }

    public func enter(_ argument: Argument) {
        let definition = (directive?.arguments ?? fieldDefinition?.arguments)?[argument.name.value]
        self.argument = definition
        defaultValueStack.append(definition?.defaultValue)
        // A built schema has passed the type-system checks: every argument type is an input type.
        inputTypeStack.append(definition?.type)
    }

    public func leave(_ argument: Argument) {
        self.argument = nil
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    // MARK: Values

    /// Entering a list literal: its items expect the list's item type.
    public func enterList() {
        let listType = inputType?.nullable
        let itemType: GraphQLType?
        if case .list(let item)? = listType { itemType = item } else { itemType = listType }
        defaultValueStack.append(nil)
        // The item type of an input type is an input type.
        inputTypeStack.append(itemType)
    }

    public func leaveList() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    public func enter(_ field: ObjectField) {
        var fieldDefinition: GraphQLInputValue?
        if let named = inputType?.namedType, case .inputObject(let object)? = schema?.type(named: named) {
            fieldDefinition = object.fields[field.name.value]
        }
        defaultValueStack.append(fieldDefinition?.defaultValue)
        inputTypeStack.append(fieldDefinition?.type)
    }

    public func leave(_ field: ObjectField) {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    public func enterEnumValue(_ name: String) {
        if let named = inputType?.namedType, case .enumeration(let enumeration)? = schema?.type(named: named) {
            enumValue = enumeration.values[name]
        } else {
            enumValue = nil
        }
    }

    public func leaveEnumValue() { enumValue = nil }

    private func resolvedOutput(_ type: GraphQLType) -> ResolvedType? {
        guard let named = schema?.type(named: type.namedType), named.isOutputType else { return nil }
        return ResolvedType(type: type, named: named)
    }

    private struct ResolvedType {
        let type: GraphQLType
        let named: GraphQLNamedType
    }
}
