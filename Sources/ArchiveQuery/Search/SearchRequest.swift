/// What `archive search` asks for.
public struct SearchRequest: Sendable {
    public var query: String
    /// Pass the query to FTS5 as written (AND/OR/NOT/NEAR/prefix*).
    public var raw = false
    public var limit = 20
    public var since: String?
    public var until: String?
    public var source: String?
    /// Only articles that mention this person (by name or alias).
    public var person: String?
    /// Person ids for `person`, resolved before planning.
    public var personIDs: [Int64]?
    /// One hit per story (its best-ranked article), with the number of the story's other articles.
    public var collapse = false

    public init(query: String) {
        self.query = query
    }
}
