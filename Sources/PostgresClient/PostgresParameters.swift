/// The ordered `$1…$n` parameters of one statement.
///
/// Built from an array literal of ``PostgresBind`` (`[.text(name), .int(id), nil]`) or appended
/// one by one; there is deliberately no way to put a value into the SQL text itself.
package struct PostgresParameters: Sendable, Hashable, ExpressibleByArrayLiteral, RandomAccessCollection {
    package private(set) var binds: [PostgresBind]

    package init() { binds = [] }
    package init(_ binds: [PostgresBind]) { self.binds = binds }
    package init(arrayLiteral elements: PostgresBind...) { binds = elements }

    /// Adds the next parameter (`$\(count + 1)`).
    package mutating func append(_ bind: PostgresBind) { binds.append(bind) }
    /// Adds any encodable value as the next parameter.
    package mutating func append(_ value: some PostgresEncodable) { binds.append(value.postgresBind) }

    package var startIndex: Int { binds.startIndex }
    package var endIndex: Int { binds.endIndex }
    package subscript(position: Int) -> PostgresBind { binds[position] }

    /// The type OIDs in order, as `PQprepare`/`PQexecParams` take them.
    var types: [PostgresDataType] { binds.map(\.type) }
}
