import GraphQLLanguage
import GraphQLSchema

/// Computes bind parameter values from their sources for one request: the only per-request work a
/// cached plan does besides sending the statement.
struct BindEvaluator {
    let variables: [String: CoercedValue]
    private var cursors: [BindSource.Origin: Cursor] = [:]
    /// The last ID decoded: `node(id:)` binds its type and its key from the same value.
    private var lastGlobalID: (value: CoercedValue, id: GlobalID)?

    init(variables: [String: CoercedValue]) {
        self.variables = variables
    }

    /// The value an origin denotes in this request; nil when nothing was given.
    func resolve(_ origin: BindSource.Origin) -> CoercedValue? {
        switch origin {
        case .absent: return nil
        case .constant(let value, _): return value
        case .list(let items): return .list(items.map { resolve($0) ?? .null })
        case .variable(let name, let path):
            guard var value = variables[name] else { return nil }
            for component in path {
                switch component {
                case .key(let key):
                    guard let field = value[key] else { return nil }
                    value = field
                case .index(let index):
                    guard case .list(let items) = value, items.indices.contains(index) else { return nil }
                    value = items[index]
                }
            }
            return value
        }
    }

    mutating func value(for source: BindSource) throws(QueryError) -> SQLBindValue {
        let given = resolve(source.origin)
        switch source.derivation {
        case .pageSize(let defaultSize, let maximum, let offset, let limitName):
            let size = try BindEvaluator.pageSize(given, defaultSize: defaultSize, maximum: maximum, limitName: limitName, context: source.context)
            return .int64(Int64(size + offset))
        case .cursorValue(let tag, let index, let count, let leaf, let isNullable):
            guard let given, given != .null else { return .null }
            let cursor = try decodeCursor(given, origin: source.origin, tag: tag, count: count, context: source.context)
            guard let text = cursor.values[index] else {
                if isNullable { return .null }
                throw BindEvaluator.badCursor(source.context)
            }
            guard CursorValueCheck.accepts(text, as: leaf) else { throw BindEvaluator.badCursor(source.context) }
            return leaf.kind == .int || leaf.kind == .id ? .int64(Int64(text) ?? 0) : .textual(text)
        default:
            break
        }
        guard let given, given != .null else { return .null }
        switch source.derivation {
        case .value(let leaf):
            return BindEvaluator.scalar(given, leaf: leaf)
        case .list(let leaf, let maximum):
            let items = try BindEvaluator.items(given, maximum: maximum, context: source.context)
            if leaf.kind == .int {
                return .int64Array(items.compactMap { if case .int(let value) = $0 { Int64(value) } else { nil } })
            }
            let texts = items.compactMap { BindEvaluator.scalar($0, leaf: leaf).postgresText }
            return leaf.kind == .string ? .textArray(texts) : .textualArray(texts)
        case .contains:
            return .text("%" + LikePattern.escape(BindEvaluator.text(given)) + "%")
        case .startsWith:
            return .text(LikePattern.escape(BindEvaluator.text(given)) + "%")
        case .globalIDKey(let typeName):
            let id = try memoizedGlobalID(given, context: source.context)
            if let typeName, id.typeName != typeName { return .null }
            return .int64(id.key)
        case .globalIDType:
            return .text(try memoizedGlobalID(given, context: source.context).typeName)
        case .globalIDKeys(let typeName, let maximum):
            var keys: [Int64] = []
            for item in try BindEvaluator.items(given, maximum: maximum, context: source.context) {
                let id = try BindEvaluator.globalID(item, context: source.context)
                if id.typeName == typeName { keys.append(id.key) }
            }
            return .int64Array(keys)
        case .globalIDTypes(let maximum):
            var names: [String] = []
            for item in try BindEvaluator.items(given, maximum: maximum, context: source.context) {
                names.append(try BindEvaluator.globalID(item, context: source.context).typeName)
            }
            return .textArray(names)
        case .globalIDKeysAnyType(let maximum):
            var keys: [Int64] = []
            for item in try BindEvaluator.items(given, maximum: maximum, context: source.context) {
                keys.append(try BindEvaluator.globalID(item, context: source.context).key)
            }
            return .int64Array(keys)
        case .pageSize, .cursorValue:
            preconditionFailure("handled above")
        }
    }

    // MARK: Values

    static func scalar(_ value: CoercedValue, leaf: LeafType) -> SQLBindValue {
        switch value {
        case .null: return .null
        case .int(let number): return .int64(Int64(number))
        case .float(let number): return .double(number)
        case .boolean(let flag): return .bool(flag)
        case .enumValue(let name): return .text(name.lowercased())
        case .string(let text), .custom(let text):
            switch leaf.kind {
            case .decimal: return .numeric(text)
            case .date, .dateTime, .int, .float, .boolean, .id: return .textual(text)
            case .string, .enumeration, .other: return .text(text)
            }
        case .list, .object:
            return .null
        }
    }

    private static func text(_ value: CoercedValue) -> String {
        switch value {
        case .string(let text), .custom(let text), .enumValue(let text): text
        default: ""
        }
    }

    private static func items(_ value: CoercedValue, maximum: Int, context: BindContext) throws(QueryError) -> [CoercedValue] {
        let items: [CoercedValue] = if case .list(let list) = value { list } else { [value] }
        if items.count > maximum {
            throw QueryError(.listTooLong, "Argument \"\(context.argument)\" has \(items.count) items; at most \(maximum) are allowed.",
                             locations: context.fieldLocations, path: context.path)
        }
        return items
    }

    static func pageSize(_ value: CoercedValue?, defaultSize: Int, maximum: Int, limitName: String, context: BindContext) throws(QueryError) -> Int {
        guard let value, case .int(let size) = value else { return defaultSize }
        if size < 0 {
            throw QueryError(.badUserInput, "Argument \"\(context.argument)\" must not be negative.", locations: context.fieldLocations, path: context.path)
        }
        if size > maximum {
            throw QueryError(.pageSizeTooLarge, "Argument \"\(context.argument)\" is \(size); the maximum for \(limitName) is \(maximum).",
                             locations: context.fieldLocations, path: context.path)
        }
        return size
    }

    private mutating func memoizedGlobalID(_ value: CoercedValue, context: BindContext) throws(QueryError) -> GlobalID {
        if let last = lastGlobalID, last.value == value { return last.id }
        let id = try BindEvaluator.globalID(value, context: context)
        lastGlobalID = (value, id)
        return id
    }

    private static func globalID(_ value: CoercedValue, context: BindContext) throws(QueryError) -> GlobalID {
        let text: String
        switch value {
        case .string(let string), .custom(let string): text = string
        case .int(let number): text = String(number)
        default: text = ""
        }
        guard let id = GlobalID.decode(text) else {
            throw QueryError(.badUserInput, "Argument \"\(context.argument)\" is not a valid ID.", locations: context.fieldLocations, path: context.path)
        }
        return id
    }

    private mutating func decodeCursor(_ value: CoercedValue, origin: BindSource.Origin, tag: String, count: Int, context: BindContext) throws(QueryError) -> Cursor {
        if let cached = cursors[origin] { return cached }
        guard case .string(let text) = value, let cursor = Cursor.decode(text), cursor.tag == tag, cursor.values.count == count else {
            throw BindEvaluator.badCursor(context)
        }
        cursors[origin] = cursor
        return cursor
    }

    private static func badCursor(_ context: BindContext) -> QueryError {
        QueryError(.badUserInput, "Argument \"\(context.argument)\" is not a valid cursor for this connection and ordering.",
                   locations: context.fieldLocations, path: context.path)
    }
}
