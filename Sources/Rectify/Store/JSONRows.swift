internal import Foundation

/// Rows sent to PostgreSQL as one `jsonb` parameter and unpacked with `jsonb_to_recordset`.
///
/// One statement per table instead of one per row, and every value still travels as a bind
/// parameter: nothing from a notice is ever spliced into SQL text.
enum JSONRows {
    /// The rows' JSON text; encoding plain structs of strings and numbers cannot fail.
    static func encode(_ rows: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
