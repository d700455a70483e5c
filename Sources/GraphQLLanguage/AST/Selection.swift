/// `{ selection… }` (spec §2.4).
public struct SelectionSet: Sendable, Hashable {
    public var selections: [Selection]
    public var location: Location

    public init(selections: [Selection], location: Location = .synthesized) {
        self.selections = selections
        self.location = location
    }
}

/// One entry of a selection set.
public enum Selection: Sendable, Hashable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var location: Location {
        switch self {
        case .field(let node): node.location
        case .fragmentSpread(let node): node.location
        case .inlineFragment(let node): node.location
        }
    }

    public var directives: [Directive] {
        switch self {
        case .field(let node): node.directives
        case .fragmentSpread(let node): node.directives
        case .inlineFragment(let node): node.directives
        }
    }
}

/// `alias: name(arguments) @directives { … }` (spec §2.5).
///
/// Fields are most of a document, and validation and planning pass them around constantly, so a
/// field keeps its parts in a ``CopyOnWriteBox``: copying a field (or a selection holding one)
/// costs one reference count, not one per part. It behaves as a plain value all the same.
public struct Field: Sendable, Hashable {
    @usableFromInline struct Parts: Sendable, Hashable {
        @usableFromInline var alias: Name?
        @usableFromInline var name: Name
        @usableFromInline var arguments: [Argument]
        @usableFromInline var directives: [Directive]
        @usableFromInline var selectionSet: SelectionSet?
        @usableFromInline var location: Location
    }

    @usableFromInline var box: CopyOnWriteBox<Parts>

    public init(
        alias: Name? = nil,
        name: Name,
        arguments: [Argument] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet? = nil,
        location: Location = .synthesized
    ) {
        box = CopyOnWriteBox(Parts(
            alias: alias, name: name, arguments: arguments, directives: directives, selectionSet: selectionSet,
            location: location))
    }

    @inlinable public var alias: Name? {
        _read { yield box.parts.alias }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.alias }
    }

    @inlinable public var name: Name {
        _read { yield box.parts.name }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.name }
    }

    @inlinable public var arguments: [Argument] {
        _read { yield box.parts.arguments }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.arguments }
    }

    @inlinable public var directives: [Directive] {
        _read { yield box.parts.directives }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.directives }
    }

    @inlinable public var selectionSet: SelectionSet? {
        _read { yield box.parts.selectionSet }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.selectionSet }
    }

    @inlinable public var location: Location {
        _read { yield box.parts.location }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.location }
    }

    /// The key under which the field's value appears in the response.
    @inlinable public var responseKey: String { box.parts.alias?.value ?? box.parts.name.value }

    public static func == (lhs: Field, rhs: Field) -> Bool { lhs.box === rhs.box || lhs.box.parts == rhs.box.parts }
    public func hash(into hasher: inout Hasher) { box.parts.hash(into: &hasher) }
}

/// `name: value`, as an argument of a field or directive (spec §2.6).
public struct Argument: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var location: Location

    public init(name: Name, value: Value, location: Location = .synthesized) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// `...Name @directives` (spec §2.8), its parts in a ``CopyOnWriteBox`` like ``Field``'s.
public struct FragmentSpread: Sendable, Hashable {
    @usableFromInline struct Parts: Sendable, Hashable {
        @usableFromInline var name: Name
        @usableFromInline var directives: [Directive]
        @usableFromInline var location: Location
    }

    @usableFromInline var box: CopyOnWriteBox<Parts>

    public init(name: Name, directives: [Directive] = [], location: Location = .synthesized) {
        box = CopyOnWriteBox(Parts(name: name, directives: directives, location: location))
    }

    @inlinable public var name: Name {
        _read { yield box.parts.name }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.name }
    }

    @inlinable public var directives: [Directive] {
        _read { yield box.parts.directives }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.directives }
    }

    @inlinable public var location: Location {
        _read { yield box.parts.location }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.location }
    }

    public static func == (lhs: FragmentSpread, rhs: FragmentSpread) -> Bool {
        lhs.box === rhs.box || lhs.box.parts == rhs.box.parts
    }

    public func hash(into hasher: inout Hasher) { box.parts.hash(into: &hasher) }
}

/// `... on Type @directives { … }`, the type condition optional (spec §2.8.2), its parts in a
/// ``CopyOnWriteBox`` like ``Field``'s.
public struct InlineFragment: Sendable, Hashable {
    @usableFromInline struct Parts: Sendable, Hashable {
        @usableFromInline var typeCondition: NamedType?
        @usableFromInline var directives: [Directive]
        @usableFromInline var selectionSet: SelectionSet
        @usableFromInline var location: Location
    }

    @usableFromInline var box: CopyOnWriteBox<Parts>

    public init(
        typeCondition: NamedType? = nil,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthesized
    ) {
        box = CopyOnWriteBox(Parts(typeCondition: typeCondition, directives: directives, selectionSet: selectionSet, location: location))
    }

    @inlinable public var typeCondition: NamedType? {
        _read { yield box.parts.typeCondition }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.typeCondition }
    }

    @inlinable public var directives: [Directive] {
        _read { yield box.parts.directives }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.directives }
    }

    @inlinable public var selectionSet: SelectionSet {
        _read { yield box.parts.selectionSet }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.selectionSet }
    }

    @inlinable public var location: Location {
        _read { yield box.parts.location }
        _modify { yield &CopyOnWriteBox.unique(&box).parts.location }
    }

    public static func == (lhs: InlineFragment, rhs: InlineFragment) -> Bool {
        lhs.box === rhs.box || lhs.box.parts == rhs.box.parts
    }

    public func hash(into hasher: inout Hasher) { box.parts.hash(into: &hasher) }
}

/// `@name(arguments)` (spec §2.12).
public struct Directive: Sendable, Hashable {
    public var name: Name
    public var arguments: [Argument]
    public var location: Location

    public init(name: Name, arguments: [Argument] = [], location: Location = .synthesized) {
        self.name = name
        self.arguments = arguments
        self.location = location
    }
}
