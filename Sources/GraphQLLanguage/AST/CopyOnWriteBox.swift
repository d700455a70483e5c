/// A shared home for a node's parts, copied before a write whenever another node shares it.
///
/// Selections are copied whenever a document is walked (out of arrays, into rules, into plans);
/// with their parts boxed, a copy costs one reference count instead of one per string and array
/// inside, and an array of selections holds pointers, not 100-byte structs. The node types
/// (``Field``, ``FragmentSpread``, ``InlineFragment``) keep value semantics: every setter goes
/// through ``unique(_:)``.
@usableFromInline final class CopyOnWriteBox<Parts: Sendable>: @unchecked Sendable {
    // Unchecked: only a box's single owner ever writes to it (`unique(_:)` copies a shared one
    // first), so accesses cannot overlap and the run-time exclusivity checks would only cost.
    @usableFromInline @exclusivity(unchecked) var parts: Parts

    @usableFromInline init(_ parts: Parts) {
        self.parts = parts
    }

    /// The box behind `box`, first replaced by a copy if anything else holds it.
    @inlinable static func unique(_ box: inout CopyOnWriteBox) -> CopyOnWriteBox {
        if !isKnownUniquelyReferenced(&box) { box = CopyOnWriteBox(box.parts) }
        return box
    }
}
