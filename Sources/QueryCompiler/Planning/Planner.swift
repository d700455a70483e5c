import GraphQLLanguage
import GraphQLSchema

// # The SQL the compiler generates
//
// Each data root field becomes ONE statement that returns one row with one column, `json`, whose
// text is the field's value with keys in selection order (`json_build_object`, not `jsonb`), so
// the service splices it into the response unparsed. For
//
//     findings(first: 10, after: $after, orderBy: [{field: NUMBER}], filter: {status: {eq: COMPLETED}}) {
//       edges { cursor node { number units(role: SUBJECT) { nodes { name } } } }
//       pageInfo { hasNextPage }
//     }
//
// the domain mapping gives (binds: completed, 150000, 150000, 11, subject, 21, 20, 10):
//
//     SELECT json_build_object('edges', coalesce(json_agg(json_build_object(
//         'cursor', translate(encode(convert_to(json_build_array('23966b6e', r1._k0, r1._k1)::text, 'UTF8'), 'base64'), E'+/=\n', '-_'),
//         'node', json_build_object('number', r1.number, 'units', c3.json))
//       ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $8::bigint), '[]'::json),
//       'pageInfo', json_build_object('hasNextPage', count(*) > $8::bigint)) AS json
//     FROM (
//       SELECT t2.*, t2.number AS _k0, t2.id AS _k1, row_number() OVER (ORDER BY t2.number ASC, t2.id ASC) AS _rn
//       FROM findings AS t2
//       WHERE (t2.status = $1::text) AND ((t2.number, t2.id) > ($2::integer, $3::bigint))
//       ORDER BY t2.number ASC, t2.id ASC
//       LIMIT $4::bigint
//     ) AS r1
//     LEFT JOIN LATERAL (
//       SELECT json_build_object('nodes', coalesce(json_agg(json_build_object('name', r4.name)
//         ORDER BY r4._rn ASC) FILTER (WHERE r4._rn <= $7::bigint), '[]'::json)) AS json
//       FROM (
//         SELECT t6.*, t6.id AS _k0, j5.id AS _k1, j5.role AS _e_role, row_number() OVER (ORDER BY t6.id ASC, j5.id ASC) AS _rn
//         FROM finding_units AS j5 JOIN units AS t6 ON t6.id = j5.unit_id
//         WHERE (j5.finding_id = r1.id) AND (j5.role = $5::text)
//         ORDER BY t6.id ASC, j5.id ASC
//         LIMIT $6::bigint
//       ) AS r4
//     ) AS c3 ON true
//
// - The page subquery (`r1`) filters, applies the keyset bound, orders and limits to one row more
//   than the page (that row only tells `hasNextPage`) BEFORE any child is joined or any JSON built;
//   `row_number()` numbers the rows so the aggregate keeps their order and leaves the extra row out.
//   Keyset bounds are row comparisons when all keys are non-null and sort one way (an index range
//   on `(number, id)`), the expanded null-aware OR form otherwise. `last` sorts the subquery the
//   other way and `json_agg(… ORDER BY _rn DESC)` restores the order.
// - The cursor is `["<ordering tag>", key values…, id]` in base64url, computed from `_k…` columns;
//   the tag ties it to the ordering. Global IDs are `Type:key` in base64url, made the same way.
// - Nested connections and to-one objects are `LEFT JOIN LATERAL` subqueries on the page rows,
//   each one row with a `json` column; link tables join inside the child's page subquery, their
//   columns (`role`) exposed as `_e_…`. So a selection tree of any depth is one statement.
// - `totalCount`, `aggregate` and `groupBy` are scalar subqueries over the filtered rows (not the
//   page), generated only when selected; groups use `GROUP BY … ORDER BY … LIMIT` and join object
//   keys afterwards. Relation filters are `EXISTS` subqueries. `node(id:)` is a `CASE` over the
//   node types on the decoded type name; `nodes(ids:)` the same over `unnest(…) WITH ORDINALITY`.
// - Every request value is a `$n` parameter cast to its type (LIMIT too): names come only from
//   the mapping (`Identifier`), constants only from the compiler (`SQLLiteral`).

/// Turns a validated operation into plans, one per root field, resolved against the catalog.
///
/// The planner walks the selection tree once with CollectFields semantics, reading request values
/// only where they decide the statement's structure (the variable shape, see ``VariableShape``)
/// and turning every other value into a ``BindSource``. It also enforces the structural limits:
/// depth, number of fields, number of aliases, filter nesting.
struct Planner {
    let catalog: Catalog
    let limits: QueryLimits
    let collector: FieldCollector
    let variables: [String: CoercedValue]
    var schema: Schema { catalog.schema }

    private(set) var fieldCount = 0
    private(set) var aliasCount = 0
    private var occurrences = 0
    /// Every bind source made since the last ``takeSources()``, in document order: the compiler
    /// checks those a statement does not use (the page size and cursors of a connection where only
    /// `totalCount` is selected) so that an argument is refused whatever is selected.
    private var sources: [BindSource] = []

    init(catalog: Catalog, limits: QueryLimits, document: Document, variables: [String: CoercedValue]) {
        self.catalog = catalog
        self.limits = limits
        self.variables = variables
        self.collector = FieldCollector(schema: catalog.schema, document: document, variables: variables)
    }

    // MARK: Bookkeeping

    /// Counts a field against the limits on fields, aliases and depth.
    mutating func count(_ group: FieldCollector.Group, depth: Int, path: [PathComponent]) throws(QueryError) {
        let field = group.first
        let location = [field.location.sourceLocation]
        if depth > limits.maximumDepth {
            throw QueryError(.tooDeep, "The query is nested \(depth) levels deep at \"\(group.key)\"; the maximum depth is \(limits.maximumDepth).", locations: location, path: path)
        }
        fieldCount += group.fields.count
        if fieldCount > limits.maximumFields {
            throw QueryError(.tooManyFields, "The query selects more than \(limits.maximumFields) fields, the maximum.", locations: location, path: path)
        }
        aliasCount += group.fields.filter { $0.alias != nil }.count
        if aliasCount > limits.maximumAliases {
            throw QueryError(.tooManyAliases, "The query uses more than \(limits.maximumAliases) aliases, the maximum.", locations: location, path: path)
        }
    }

    /// The bind source of a value with a derivation.
    mutating func source(_ ref: InputRef, _ derivation: Derivation, type: SQLType) -> BindSource {
        let made = BindSource(origin: origin(of: ref), derivation: derivation, type: type, context: ref.context)
        sources.append(made)
        return made
    }

    /// The bind sources made since the last call, in the order they were made.
    mutating func takeSources() -> [BindSource] {
        defer { sources.removeAll(keepingCapacity: true) }
        return sources
    }

    private mutating func origin(of ref: InputRef) -> BindSource.Origin {
        switch ref.node {
        case .absent:
            return .absent
        case .variable(let name, let path, _):
            return .variable(name, path: path)
        case .literal(let value):
            if case .list = value.kind, !value.isConstant {
                var items: [BindSource.Origin] = []
                for item in ref.elements(variables: variables) { items.append(origin(of: item)) }
                return .list(items)
            }
            occurrences += 1
            return .constant(coerceLiteral(value, type: ref.type), occurrence: occurrences)
        }
    }

    /// A constant literal as the schema coerces it (spec §3.11 input coercion).
    func coerceLiteral(_ value: Value, type: GraphQLType) -> CoercedValue {
        switch value.kind {
        case .null, .variable: return .null
        case .list(let items):
            let itemType: GraphQLType = if case .list(let inner) = type.nullable { inner } else { type }
            return .list(items.map { coerceLiteral($0, type: itemType) })
        default:
            if case .list(let inner) = type.nullable { return .list([coerceLiteral(value, type: inner)]) }
        }
        switch schema.type(named: type.namedType) {
        case .scalar(let scalar)?:
            if case .success(let coerced) = scalar.coercion.literal(value) { return coerced }
            return .null
        case .enumeration?:
            if case .enumValue(let name) = value.kind { return .enumValue(name) }
            return .null
        case .inputObject(let input)?:
            guard case .object(let fields) = value.kind else { return .null }
            return .object(input.fields.compactMap { definition in
                if let written = fields.first(where: { $0.name.value == definition.name }) {
                    return CoercedField(definition.name, coerceLiteral(written.value, type: definition.type))
                }
                return definition.defaultValue.map { CoercedField(definition.name, coerceLiteral($0, type: definition.type)) }
            })
        default:
            return .null
        }
    }

    /// A field argument of `group`'s first field.
    func argument(_ name: String, of group: FieldCollector.Group, definition field: GraphQLField, path: [PathComponent]) -> InputRef {
        let location = group.first.location.sourceLocation
        let fieldLocations = group.fields.map(\.location.sourceLocation)
        guard let definition = field.arguments[name] else {
            return InputRef(node: .absent, type: .named("String"),
                            context: BindContext(argument: name, location: location, path: path, fieldLocations: fieldLocations))
        }
        return InputRef.argument(definition, in: group.first.arguments, variables: variables, path: path, location: location,
                                 fieldLocations: fieldLocations)
    }

    /// The schema's definition of a field of an object type (validation guarantees it exists).
    func definition(of group: FieldCollector.Group, on typeName: String) throws(QueryError) -> GraphQLField {
        guard let field = schema.type(named: typeName)?.field(named: group.name) else {
            throw QueryError.unknownField(group.name, on: typeName, at: group.first)
        }
        return field
    }

    // MARK: Objects

    /// The selection on rows of a mapped type.
    mutating func planObject(_ entity: Entity, selections: [SelectionSet], depth: Int, path: [PathComponent]) throws(QueryError) -> ObjectPlan {
        var plan = ObjectPlan(entity: entity, entries: [])
        for group in collector.collect(selections, on: entity.typeName) {
            let fieldPath = path + [.key(group.key)]
            try count(group, depth: depth, path: fieldPath)
            let value: ObjectPlan.Value
            if group.name == "__typename" {
                value = .typename
            } else if group.name == "id" {
                value = .id
            } else if let column = entity.columns[group.name] {
                value = .column(column)
            } else if let relation = entity.relations[group.name] {
                let target = catalog.entity(relation.target)
                if relation.isList {
                    let field = try definition(of: group, on: entity.typeName)
                    value = .connection(try planConnection(group, field: field, entity: target, relation: relation, depth: depth, path: fieldPath))
                } else {
                    value = .object(relation, try planObject(target, selections: group.subselections, depth: depth + 1, path: fieldPath))
                }
            } else {
                throw QueryError.unknownField(group.name, on: entity.typeName, at: group.first)
            }
            plan.entries.append(ObjectPlan.Entry(key: group.key, value: value))
        }
        return plan
    }

    // MARK: Root fields

    /// `node(id:)`: an arm for every node type, each with the fields that apply to it.
    mutating func planNode(_ group: FieldCollector.Group, field: GraphQLField, path: [PathComponent]) throws(QueryError) -> RootPlan {
        let id = argument("id", of: group, definition: field, path: path)
        let key = source(id, .globalIDKey(typeName: nil), type: .bigint)
        let type = source(id, .globalIDType, type: .text)
        return .node(id: key, typeID: type, arms: try nodeArms(group, path: path))
    }

    /// `nodes(ids:)`: like `node`, over a list, order kept.
    mutating func planNodes(_ group: FieldCollector.Group, field: GraphQLField, path: [PathComponent]) throws(QueryError) -> RootPlan {
        let ids = argument("ids", of: group, definition: field, path: path)
        let keys = source(ids, .globalIDKeysAnyType(maximum: limits.maximumListLength), type: .bigintArray)
        let types = source(ids, .globalIDTypes(maximum: limits.maximumListLength), type: .textArray)
        return .nodes(ids: keys, typeIDs: types, arms: try nodeArms(group, path: path))
    }

    private mutating func nodeArms(_ group: FieldCollector.Group, path: [PathComponent]) throws(QueryError) -> [ObjectPlan] {
        var arms: [ObjectPlan] = []
        let (fieldsBefore, aliasesBefore) = (fieldCount, aliasCount)
        var (mostFields, mostAliases) = (0, 0)
        for typeName in catalog.nodeTypes {
            arms.append(try planObject(catalog.entity(typeName), selections: group.subselections, depth: 2, path: path))
            mostFields = max(mostFields, fieldCount - fieldsBefore)
            mostAliases = max(mostAliases, aliasCount - aliasesBefore)
            // Each object is of one type: the arms are alternatives, counted as the largest one.
            (fieldCount, aliasCount) = (fieldsBefore, aliasesBefore)
        }
        (fieldCount, aliasCount) = (fieldsBefore + mostFields, aliasesBefore + mostAliases)
        return arms
    }
}
