/// The three kinds of operation (spec §2.3).
public enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query
    case mutation
    case subscription
}

/// An operation: `query`, `mutation` or `subscription`, or the query shorthand `{ … }`.
public struct OperationDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: Location

    public init(
        operation: OperationType,
        name: Name? = nil,
        variableDefinitions: [VariableDefinition] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthesized
    ) {
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }
}

/// `$name: Type = default @directives` (spec §2.10).
public struct VariableDefinition: Sendable, Hashable {
    public var variable: Variable
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
    public var location: Location

    public init(
        variable: Variable,
        type: TypeReference,
        defaultValue: Value? = nil,
        directives: [Directive] = [],
        location: Location = .synthesized
    ) {
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.location = location
    }
}

/// A variable reference `$name`; its location spans the `$` and the name.
public struct Variable: Sendable, Hashable {
    public var name: Name
    public var location: Location

    public init(name: Name, location: Location = .synthesized) {
        self.name = name
        self.location = location
    }
}

/// `fragment Name on Type @directives { … }` (spec §2.8).
public struct FragmentDefinition: Sendable, Hashable {
    public var name: Name
    public var typeCondition: NamedType
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: Location

    public init(
        name: Name,
        typeCondition: NamedType,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthesized
    ) {
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }
}
