import GraphQLSchema

/// The mapping resolved against the schema: every mapped field with its leaf type, every relation
/// with its joins, every ordering and grouping, looked up by name while planning.
///
/// Built once when the compiler is made (``Catalog/init(schema:mapping:)`` reports every mismatch
/// between the two at once), then read-only and shared by all plans.
struct Catalog: Sendable {
    let schema: Schema
    let entities: [String: Entity]
    /// The object types implementing `Node`, in schema order: the arms of `node(id:)`.
    let nodeTypes: [String]
}

/// A mapped object type.
struct Entity: Sendable {
    let typeName: String
    let table: Identifier
    let primaryKey: Identifier
    let columns: [String: Column]
    let relations: [String: Relation]
    var groupKeys: [String: GroupKey]
    /// `<Type>OrderField` values and the columns they sort by (`ID` is the primary key).
    var orderFields: [String: Column]

    /// The primary key as a column.
    var keyColumn: Column { Column(expression: .column(primaryKey), type: LeafType(kind: .id), isNullable: false) }
}

/// A scalar field's value on a row: a column or a mapped expression.
struct Column: Sendable {
    enum Expression: Sendable {
        case column(Identifier)
        case sql(SQLTemplate)
    }

    let expression: Expression
    let type: LeafType
    let isNullable: Bool

    func sql(on row: Identifier) -> SQLExpression {
        switch expression {
        case .column(let name): .column(row, name)
        case .sql(let template): .template(template, row: row)
        }
    }
}

/// A relation resolved to tables: the joins from the source row to the target's table.
struct Relation: Sendable {
    let name: String
    let target: String
    let isList: Bool
    /// Every table the path crosses, the target's table last.
    let steps: [Step]
    /// Edge fields by name: a column of one of the intermediate steps.
    let edgeFields: [String: EdgeField]

    struct Step: Sendable {
        let table: Identifier
        /// The column of the previous table (the source's for the first step).
        let from: Identifier
        /// The column of this table it equals.
        let to: Identifier
        /// The intermediate table's key, a cursor tiebreaker when links may repeat a target.
        let tiebreaker: Identifier?
    }

    struct EdgeField: Sendable {
        let step: Int
        let column: Column
    }
}

/// One thing a connection can be grouped by, resolved.
struct GroupKey: Sendable {
    enum Value: Sendable {
        /// A leaf value on the row the path reaches.
        case column(Column)
        /// The object the path reaches, identified by its primary key.
        case object(Entity.Reference)
    }

    let name: String
    let path: [Relation]
    let value: Value
}

extension Entity {
    /// A mapped type by name, to break the recursion of entities referring to each other.
    struct Reference: Sendable {
        let typeName: String
        let primaryKey: Identifier
    }
}

extension Catalog {
    func entity(_ name: String) -> Entity {
        guard let entity = entities[name] else { preconditionFailure("unmapped type \(name) passed the catalog check") }
        return entity
    }
}
