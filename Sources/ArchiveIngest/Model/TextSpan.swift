/// A half-open range of Unicode code points in an article body.
///
/// Offsets count `unicodeScalars`, the unit SQLite's `substr()` uses, so
/// `substr(body, start + 1, end - start)` returns the span in plain SQL.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
