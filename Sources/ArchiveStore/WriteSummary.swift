/// Counts of what a write did, summed over an ingest run.
public struct WriteSummary: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var duplicates = 0

    public init() {}

    public static func += (lhs: inout WriteSummary, rhs: WriteSummary) {
        lhs.added += rhs.added
        lhs.updated += rhs.updated
        lhs.unchanged += rhs.unchanged
        lhs.duplicates += rhs.duplicates
    }
}
