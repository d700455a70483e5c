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
/// field keeps its parts in one shared, copy-on-write box: copying a field (or a selection holding
/// one) costs one reference count, not one per part. It behaves as a plain value: setting a part
/// of a copy never changes the original.
public struct Field: Sendable, Hashable {
    @usableFromInline var storage: Storage

    public init(
        alias: Name? = nil,
        name: Name,
        arguments: [Argument] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet? = nil,
        location: Location = .synthesized
    ) {
        storage = Storage(
            alias: alias, name: name, arguments: arguments, directives: directives, selectionSet: selectionSet,
            location: location)
    }

    @inlinable public var alias: Name? {
        _read { yield storage.alias }
        _modify { yield &uniqueStorage().alias }
    }

    @inlinable public var name: Name {
        _read { yield storage.name }
        _modify { yield &uniqueStorage().name }
    }

    @inlinable public var arguments: [Argument] {
        _read { yield storage.arguments }
        _modify { yield &uniqueStorage().arguments }
    }

    @inlinable public var directives: [Directive] {
        _read { yield storage.directives }
        _modify { yield &uniqueStorage().directives }
    }

    @inlinable public var selectionSet: SelectionSet? {
        _read { yield storage.selectionSet }
        _modify { yield &uniqueStorage().selectionSet }
    }

    @inlinable public var location: Location {
        _read { yield storage.location }
        _modify { yield &uniqueStorage().location }
    }

    /// The key under which the field's value appears in the response.
    @inlinable public var responseKey: String { storage.alias?.value ?? storage.name.value }

    /// The box, copied first if another field shares it.
    @usableFromInline mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Fields are equal when their parts are (locations never take part).
    public static func == (lhs: Field, rhs: Field) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.alias == rhs.alias && lhs.name == rhs.name && lhs.arguments == rhs.arguments
            && lhs.directives == rhs.directives && lhs.selectionSet == rhs.selectionSet
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(alias)
        hasher.combine(name)
        hasher.combine(arguments)
        hasher.combine(directives)
        hasher.combine(selectionSet)
    }

    /// The parts of a field. Only `Field` mutates it, and only while no other field shares it,
    /// which is what makes sharing it between threads safe.
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline @exclusivity(unchecked) var alias: Name?
        @usableFromInline @exclusivity(unchecked) var name: Name
        @usableFromInline @exclusivity(unchecked) var arguments: [Argument]
        @usableFromInline @exclusivity(unchecked) var directives: [Directive]
        @usableFromInline @exclusivity(unchecked) var selectionSet: SelectionSet?
        @usableFromInline @exclusivity(unchecked) var location: Location

        init(alias: Name?, name: Name, arguments: [Argument], directives: [Directive], selectionSet: SelectionSet?, location: Location) {
            self.alias = alias
            self.name = name
            self.arguments = arguments
            self.directives = directives
            self.selectionSet = selectionSet
            self.location = location
        }

        func copy() -> Storage {
            Storage(alias: alias, name: name, arguments: arguments, directives: directives, selectionSet: selectionSet, location: location)
        }
    }
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

/// `...Name @directives` (spec §2.8).
public struct FragmentSpread: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var location: Location

    public init(name: Name, directives: [Directive] = [], location: Location = .synthesized) {
        self.name = name
        self.directives = directives
        self.location = location
    }
}

/// `... on Type @directives { … }`, the type condition optional (spec §2.8.2).
public struct InlineFragment: Sendable, Hashable {
    public var typeCondition: NamedType?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: Location

    public init(
        typeCondition: NamedType? = nil,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthesized
    ) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }
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
