public import GraphQLLanguage
public import GraphQLSchema

/// Where one bind parameter's value comes from, so a cached plan computes its parameters for a new
/// request without planning again.
///
/// The value is either a constant lifted from the document's literals or a path into the request's
/// variables, followed by a derivation (decode a global ID or a cursor, escape LIKE
/// metacharacters, map an enum to its stored text, apply a page-size default and limit).
public struct BindSource: Sendable, Hashable {
    public indirect enum Origin: Sendable, Hashable {
        /// A literal of the document. `occurrence` keeps two equal literals apart, so a statement's
        /// parameter numbering never depends on literal values.
        case constant(CoercedValue, occurrence: Int)
        /// A variable, or a part of one (`$filter.and.1.title.contains`).
        case variable(String, path: [PathComponent])
        /// A list literal whose items are variables or constants.
        case list([Origin])
        /// Nothing given: the derivation supplies the value (a default page size).
        case absent
    }

    public var origin: Origin
    var derivation: Derivation
    var type: SQLType
    /// The argument the value was given for, to name it in an error; not part of the identity.
    var context: BindContext

    init(origin: Origin, derivation: Derivation, type: SQLType, context: BindContext) {
        self.origin = origin
        self.derivation = derivation
        self.type = type
        self.context = context
    }

    public static func == (lhs: BindSource, rhs: BindSource) -> Bool {
        lhs.origin == rhs.origin && lhs.derivation == rhs.derivation && lhs.type == rhs.type
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(origin)
        hasher.combine(derivation)
        hasher.combine(type)
    }
}

/// Where in the request a bind's value was written, for error messages.
struct BindContext: Sendable {
    var argument: String
    /// The argument's value, for errors found while planning (a filter nested too deep).
    var location: SourceLocation?
    /// The field's path in the response (list positions left out: they are not known before the
    /// statement runs).
    var path: [PathComponent]
    /// Every node of the field the argument belongs to, for field errors found while binding:
    /// graphql-js locates a resolver's error at the field, not at the argument (`locatedError`).
    var fieldLocations: [SourceLocation] = []
}

/// What is done to a value on its way to a bind parameter.
enum Derivation: Sendable, Hashable {
    /// A leaf value as it is (enums to their stored lower_snake_case text).
    case value(LeafType)
    /// A list of leaf values, as an array (for `= ANY($n)`); at most `maximum` elements.
    case list(LeafType, maximum: Int)
    /// `%text%` with `%`, `_` and `\` escaped, for `ILIKE`.
    case contains
    /// `text%` with `%`, `_` and `\` escaped.
    case startsWith
    /// The key of a global ID of `typeName` (of any node type when nil); null when the ID is of
    /// another type; an error when it is not an ID.
    case globalIDKey(typeName: String?)
    /// The type name of a global ID; null when it names no node type.
    case globalIDType
    /// The keys of a list of global IDs of `typeName`, IDs of other types left out.
    case globalIDKeys(typeName: String, maximum: Int)
    /// The type names of a list of global IDs (null for unknown types), for `nodes(ids:)`.
    case globalIDTypes(maximum: Int)
    /// The keys of a list of global IDs, for `nodes(ids:)`.
    case globalIDKeysAnyType(maximum: Int)
    /// Value `index` of a cursor made under the ordering tagged `tag`, with `count` values.
    case cursorValue(tag: String, index: Int, count: Int, leaf: LeafType, isNullable: Bool)
    /// A page size: the value, or `defaultSize` when absent; at most `maximum`; plus `offset`
    /// (1 to fetch one row more than the page and learn whether there is a next page).
    case pageSize(defaultSize: Int, maximum: Int, offset: Int, limitName: String)
}
