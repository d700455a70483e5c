/// What importing one notice did to the database.
package enum ImportOutcome: String, Sendable, Hashable {
    /// The inspection was new.
    case imported
    /// The inspection was there with other content (the notice or its annotations changed): its
    /// findings, people and dispositions were replaced, its id kept.
    case replaced
    /// The inspection was there with the same content: nothing was written.
    case unchanged
}
