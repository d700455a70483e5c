import GraphQLLanguage

/// The intermediate representation between a collected selection tree and SQL: what each response
/// key holds, resolved against the catalog, with every request value already a ``BindSource``.

/// The selection on one row of a mapped type, in response-key order.
struct ObjectPlan: Sendable {
    var entity: Entity
    var entries: [Entry]
    var typeName: String { entity.typeName }

    struct Entry: Sendable {
        var key: String
        var value: Value
    }

    indirect enum Value: Sendable {
        case typename
        /// The row's global ID.
        case id
        case column(Column)
        /// A to-one relation: the related object or null.
        case object(Relation, ObjectPlan)
        case connection(ConnectionPlan)
    }
}

/// A connection: the rows of a type (all of them at the root, or those related to a row), filtered,
/// ordered and paged, with what is selected of it.
struct ConnectionPlan: Sendable {
    var typeName: String
    var entity: Entity
    /// Nil for a root connection.
    var relation: Relation?
    var filter: Condition?
    /// Equality conditions on link columns (`units(role: SUBJECT)`).
    var edgeConditions: [(field: Relation.EdgeField, value: BindSource)]
    var ordering: Ordering
    var page: Page
    var entries: [Entry]

    struct Entry: Sendable {
        var key: String
        var value: Value
    }

    enum Value: Sendable {
        case typename(String)
        case totalCount
        case edges(EdgePlan)
        case nodes(ObjectPlan)
        case pageInfo(PageInfoPlan)
        case aggregate(AggregatePlan)
        case groupBy(GroupPlan)
    }

    /// Whether rows of the page are needed (edges, nodes or page info selected).
    var needsPage: Bool {
        entries.contains {
            switch $0.value {
            case .edges, .nodes, .pageInfo: true
            case .typename, .totalCount, .aggregate, .groupBy: false
            }
        }
    }
}

/// The sort keys of a connection: the requested ones, then tiebreakers that make each row's
/// position unique (the target's primary key, and a link's key when links may repeat a target).
struct Ordering: Sendable {
    var keys: [Key]
    /// Identifies the ordering inside cursors, so a cursor is only accepted by the ordering that made it.
    var tag: String

    struct Key: Sendable {
        enum Source: Sendable {
            /// A column of the target row.
            case target(Column)
            /// A column of the relation's intermediate step `step`.
            case step(Int, Identifier)
        }

        var source: Source
        var descending: Bool
        var isNullable: Bool
        var leaf: LeafType
    }
}

/// The page requested: direction, size, and the cursors that bound it.
struct Page: Sendable {
    /// `last`: the page is taken from the end, in reverse, then put back in order.
    var backward: Bool
    /// The page size (validated, default applied).
    var size: BindSource
    /// The page size plus one, the statement's `LIMIT`.
    var sizePlusOne: BindSource
    /// The cursor's values for `after`, one source per ordering key.
    var after: [BindSource]?
    var before: [BindSource]?
}

struct EdgePlan: Sendable {
    var typeName: String
    var entries: [Entry]

    struct Entry: Sendable {
        var key: String
        var value: Value
    }

    enum Value: Sendable {
        case typename
        case cursor
        case node(ObjectPlan)
        case edgeField(String, Relation.EdgeField)
    }
}

struct PageInfoPlan: Sendable {
    var typeName: String
    var entries: [(key: String, value: Value)]

    enum Value: Sendable {
        case typename
        case hasNextPage, hasPreviousPage, startCursor, endCursor
    }
}

/// `sum`/`avg`/`min`/`max` of some columns.
struct StatisticPlan: Sendable {
    enum Function: String, Sendable {
        case sum, avg, min, max
    }

    var typeName: String
    var function: Function
    /// Each selected field: the column aggregated and the leaf type the result is serialised as;
    /// nil column for `__typename`.
    var entries: [(key: String, column: Column?, output: LeafType)]
}

struct AggregatePlan: Sendable {
    var typeName: String
    var entries: [(key: String, value: Value)]

    enum Value: Sendable {
        case typename
        case count
        case statistic(StatisticPlan)
    }
}

struct GroupPlan: Sendable {
    var typeName: String
    var keys: [GroupKey]
    var order: Order
    var limit: BindSource
    var entries: [(key: String, value: Value)]

    enum Order: String, Sendable {
        case keyAscending = "KEY_ASC"
        case keyDescending = "KEY_DESC"
        case countDescending = "COUNT_DESC"
        case countAscending = "COUNT_ASC"
    }

    enum Value: Sendable {
        case typename
        case count
        case key(KeyPlan)
        case statistic(StatisticPlan)
    }

    struct KeyPlan: Sendable {
        var typeName: String
        var entries: [(key: String, value: KeyValue)]
    }

    enum KeyValue: Sendable {
        case typename
        /// A key grouped by: index into `keys`; an object key's selection.
        case value(Int)
        case object(Int, ObjectPlan)
        /// A key field not grouped by.
        case null
    }
}

/// A filter condition on the rows of a type.
indirect enum Condition: Sendable {
    case and([Condition])
    case or([Condition])
    /// True where the inner condition is false or unknown.
    case not(Condition)
    case compare(Column, SQLOperator, BindSource)
    /// `IS DISTINCT FROM`, for `ne` on global IDs where an ID of another type matches every row.
    case distinct(Column, BindSource)
    case isNull(Column, Bool)
    /// `column = ANY(array)`, or its negation.
    case inList(Column, BindSource, negated: Bool)
    case iLike(Column, BindSource)
    /// A relation: some related row matches, every one does, none does.
    case related(Relation, Quantifier, Condition)

    enum Quantifier: Sendable {
        case some, every, none
    }
}

/// The plan of one root field.
enum RootPlan: Sendable {
    case connection(ConnectionPlan)
    /// `node(id:)`: one object plan per node type.
    case node(id: BindSource, typeID: BindSource, arms: [ObjectPlan])
    /// `nodes(ids:)`.
    case nodes(ids: BindSource, typeIDs: BindSource, arms: [ObjectPlan])
}
