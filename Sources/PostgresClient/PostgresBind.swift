/// One statement parameter: its text form (or NULL) and the type OID sent with it.
///
/// Parameters always travel separately from the SQL text as `$n` binds
/// (https://www.postgresql.org/docs/15/libpq-exec.html#LIBPQ-PQEXECPARAMS), in PostgreSQL's text
/// format, so no value is ever spliced into SQL. Literals make call sites short
/// (`["永州市教育局", 42, true, nil]`); the static functions name the type where it matters.
package struct PostgresBind: Sendable, Hashable, CustomDebugStringConvertible {
    /// The value in PostgreSQL's text input syntax for `type`, `nil` for SQL NULL.
    package var text: String?
    /// The type OID sent with the value; `.unspecified` lets the server infer it.
    package var type: PostgresDataType

    /// A parameter from its text input form, with an explicit type when inference is not enough.
    package init(text: String?, type: PostgresDataType = .unspecified) {
        self.text = text
        self.type = type
    }

    /// Any value that knows its PostgreSQL form.
    package init(_ value: some PostgresEncodable) {
        self = value.postgresBind
    }

    /// SQL NULL of an unspecified type.
    package static let null = PostgresBind(text: nil)

    /// Text; the server infers the column type (so `$1` compares with `varchar`, `text`, enums).
    package static func text(_ value: String?) -> PostgresBind { PostgresBind(text: value) }
    /// A 64-bit integer sent as `int8`.
    package static func int(_ value: Int?) -> PostgresBind { PostgresBind(text: value.map(String.init), type: .int8) }
    /// A boolean sent as `bool`.
    package static func bool(_ value: Bool?) -> PostgresBind { PostgresBind(text: value.map { $0 ? "true" : "false" }, type: .bool) }
    /// An exact decimal sent as `numeric`.
    package static func numeric(_ value: PostgresNumeric?) -> PostgresBind { PostgresBind(text: value?.text, type: .numeric) }
    /// A calendar date sent as `date`.
    package static func date(_ value: PostgresDate?) -> PostgresBind { PostgresBind(text: value?.description, type: .date) }
    /// An instant sent as `timestamptz`.
    package static func timestamptz(_ value: PostgresTimestamp?) -> PostgresBind { PostgresBind(text: value?.description, type: .timestamptz) }
    /// JSON text sent as `json` (the server checks it is JSON).
    package static func json(_ text: String?) -> PostgresBind { PostgresBind(text: text, type: .json) }
    /// JSON text sent as `jsonb`.
    package static func jsonb(_ text: String?) -> PostgresBind { PostgresBind(text: text, type: .jsonb) }

    package var debugDescription: String {
        guard let text else { return "NULL::\(type)" }
        return "'\(text)'::\(type)"
    }
}

extension PostgresBind: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral {
    package init(stringLiteral value: String) { self = .text(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(nilLiteral: ()) { self = .null }
}
