/// The declarative mapping of a GraphQL schema's object types onto PostgreSQL tables.
///
/// One value describes the whole API: which table each node type reads, which column or SQL
/// expression each field is, how relations join (foreign keys, link tables with edge columns,
/// longer paths), and what connections can be grouped by. The compiler checks it against the schema
/// once (``QueryCompiler/init(schema:mapping:limits:)``) and then plans every query from it;
/// nothing else knows table or column names.
///
/// Conventions keep each field one line: a column defaults to the field name in lower_snake_case;
/// enum values are stored as the GraphQL value in lower_snake_case (`BASICALLY_COMPLETED` ↔
/// `basically_completed`); `<Type>OrderField` and `<Type>GroupField` values name fields in
/// UPPER_SNAKE_CASE (`LONG_TERM` ↔ `longTerm`, `ID` ↔ the primary key).
public struct Mapping: Sendable {
    public var entities: [EntityMapping]

    public init(entities: [EntityMapping]) {
        self.entities = entities
    }

    /// The mapping of the object type called `typeName`, if it is mapped.
    public func entity(named typeName: String) -> EntityMapping? {
        entities.first { $0.typeName == typeName }
    }
}

/// How one object type (implementing `Node`) maps onto a table.
public struct EntityMapping: Sendable {
    public var typeName: String
    public var table: Identifier
    /// A `bigint` primary key; `id: ID!` is its global ID.
    public var primaryKey: Identifier
    public var fields: [FieldMapping]
    /// What the type's connections can be grouped by, keyed by `<Type>GroupKey` field name.
    public var groupKeys: [GroupKeyMapping]

    public init(
        _ typeName: String,
        table: Identifier,
        primaryKey: Identifier = "id",
        fields: [FieldMapping],
        groupKeys: [GroupKeyMapping] = []
    ) {
        self.typeName = typeName
        self.table = table
        self.primaryKey = primaryKey
        self.fields = fields
        self.groupKeys = groupKeys
    }

    public func field(named name: String) -> FieldMapping? {
        fields.first { $0.name == name }
    }
}

/// How one field of a mapped type is computed.
public struct FieldMapping: Sendable {
    public var name: String
    public var source: Source

    public enum Source: Sendable {
        /// A column of the type's table.
        case column(Identifier)
        /// An SQL expression over the type's row.
        case sql(SQLTemplate)
        /// Another mapped type reached by joins.
        case relation(RelationMapping)
    }

    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// A column; its name defaults to the field name in lower_snake_case.
    public static func column(_ name: String, _ column: Identifier? = nil) -> FieldMapping {
        FieldMapping(name: name, source: .column(column ?? Identifier(snakeCase(name))))
    }

    /// An SQL expression over the row, e.g. `.sql("year", "extract(year from \(.row).reported_on)::integer")`.
    public static func sql(_ name: String, _ template: SQLTemplate) -> FieldMapping {
        FieldMapping(name: name, source: .sql(template))
    }

    /// At most one `target` through a foreign key column of this table (`this.foreignKey = target.id`).
    public static func toOne(_ name: String, _ target: String, foreignKey: Identifier) -> FieldMapping {
        FieldMapping(name: name, source: .relation(RelationMapping(
            target: target, isList: false, path: [JoinStep(table: nil, from: foreignKey, to: nil)])))
    }

    /// The `target` rows whose `foreignKey` column refers to this row (`target.foreignKey = this.id`).
    public static func toMany(_ name: String, _ target: String, foreignKey: Identifier) -> FieldMapping {
        FieldMapping(name: name, source: .relation(RelationMapping(
            target: target, isList: true, path: [JoinStep(table: nil, from: nil, to: foreignKey)])))
    }

    /// The `target` rows linked to this row through a link table; the link's other columns are the
    /// edge's fields (e.g. `role`), and connection arguments of the same names filter on them.
    public static func manyToMany(_ name: String, _ target: String, through link: LinkMapping) -> FieldMapping {
        FieldMapping(name: name, source: .relation(RelationMapping(
            target: target,
            isList: true,
            path: [
                JoinStep(table: link.table, from: nil, to: link.sourceColumn, key: link.key, edgeFields: link.edgeFields),
                JoinStep(table: nil, from: link.targetColumn, to: nil),
            ])))
    }

    /// A relation along an explicit join path, for relations that cross more than one table.
    public static func path(_ name: String, _ target: String, isList: Bool, _ path: [JoinStep]) -> FieldMapping {
        FieldMapping(name: name, source: .relation(RelationMapping(target: target, isList: isList, path: path)))
    }
}

/// A relation: the target type, whether there may be several, and the joins that reach it.
public struct RelationMapping: Sendable {
    public var target: String
    public var isList: Bool
    public var path: [JoinStep]

    public init(target: String, isList: Bool, path: [JoinStep]) {
        self.target = target
        self.isList = isList
        self.path = path
    }
}

/// One join of a relation's path: the next table, joined on `previous.from = next.to`.
///
/// A nil `table` is the path's last table when it is the last step (the target's table), and a nil
/// column is that table's primary key. `key` names an intermediate table's own primary key: it
/// breaks ties between two links to the same target, so cursors stay unique. `edgeFields` are the
/// columns of an intermediate table exposed on the connection's edges.
public struct JoinStep: Sendable {
    public var table: Identifier?
    public var from: Identifier?
    public var to: Identifier?
    public var key: Identifier?
    public var edgeFields: [FieldMapping]

    public init(table: Identifier?, from: Identifier?, to: Identifier?, key: Identifier? = nil, edgeFields: [FieldMapping] = []) {
        self.table = table
        self.from = from
        self.to = to
        self.key = key
        self.edgeFields = edgeFields
    }
}

/// A link table between two types, with the columns the connection's edges expose.
public struct LinkMapping: Sendable {
    public var table: Identifier
    /// The column referring to the row the relation starts from.
    public var sourceColumn: Identifier
    /// The column referring to the target row.
    public var targetColumn: Identifier
    /// The link table's primary key, so two links to the same target page apart.
    public var key: Identifier?
    public var edgeFields: [FieldMapping]

    public init(_ table: Identifier, from sourceColumn: Identifier, to targetColumn: Identifier, key: Identifier? = "id", edgeFields: [FieldMapping] = []) {
        self.table = table
        self.sourceColumn = sourceColumn
        self.targetColumn = targetColumn
        self.key = key
        self.edgeFields = edgeFields
    }
}

/// One thing a connection of the type can be grouped by: a field of `<Type>GroupKey`.
///
/// The key is reached from the grouped row by following `path` (relation fields of the mapped
/// types, e.g. `["units"]`), then taking `value`: a field of the type reached, the reached object
/// itself (the group key is then a full nested object), or an SQL expression over it.
public struct GroupKeyMapping: Sendable {
    public var name: String
    public var path: [String]
    public var value: Value

    public enum Value: Sendable {
        case field(String)
        case object
        case sql(SQLTemplate)
    }

    public init(_ name: String, path: [String] = [], value: Value? = nil) {
        self.name = name
        self.path = path
        self.value = value ?? .field(name)
    }
}

/// `longTerm` → `long_term`.
func snakeCase(_ name: String) -> String {
    var output = ""
    for character in name {
        if character.isUppercase {
            if !output.isEmpty { output += "_" }
            output += character.lowercased()
        } else {
            output.append(character)
        }
    }
    return output
}

/// `LONG_TERM` → `longTerm`.
func camelCase(fromUpperSnake name: String) -> String {
    var output = ""
    var upperNext = false
    for character in name {
        if character == "_" {
            upperNext = !output.isEmpty
            continue
        }
        output += upperNext ? character.uppercased() : character.lowercased()
        upperNext = false
    }
    return output
}
