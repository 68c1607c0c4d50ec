/// How exact a resolved date range is.
public enum DatePrecision: String, Sendable, Codable, CaseIterable {
    case day
    case week
    case partOfMonth = "part-of-month"
    case month
    case quarter
    case half
    case year
}

/// A dated happening: a time expression in the body, resolved against the article date,
/// with the clause around it.
public struct ExtractedEvent: Sendable, Hashable {
    /// The time expression as written ("on Monday", "in early January").
    public var timeText: String
    /// ISO `YYYY-MM-DD`; nil for vague expressions that are kept as text only ("recently").
    public var dateStart: String?
    /// Inclusive end of the range; equal to `dateStart` for a single day.
    public var dateEnd: String?
    public var precision: DatePrecision?
    /// The clause around the time expression: a short summary of what happened.
    public var summary: String
    /// Offsets of the time expression in the body.
    public var span: TextSpan
    /// Indexes into the article's `people` of those named in the clause.
    public var personIndexes: [Int]

    public init(timeText: String, dateStart: String?, dateEnd: String?, precision: DatePrecision?,
                summary: String, span: TextSpan, personIndexes: [Int] = []) {
        self.timeText = timeText
        self.dateStart = dateStart
        self.dateEnd = dateEnd
        self.precision = precision
        self.summary = summary
        self.span = span
        self.personIndexes = personIndexes
    }
}
