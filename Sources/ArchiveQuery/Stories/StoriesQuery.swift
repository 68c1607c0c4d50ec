import GRDB

/// What `archive stories` asks for.
public struct StoriesRequest: Sendable {
    /// Words that one of the story's articles must contain (searched like `archive search`).
    public var query: String?
    /// Include stories told by one article only.
    public var all = false
    public var limit = 50

    public init() {}
}

/// `archive stories`: groups of articles that tell the same news, largest first, with their
/// articles, sources, first and last dates, and how far apart those dates are.
public struct StoriesQuery: Sendable {
    public static let columns = ["id", "title", "articles", "first_published", "last_published", "days_apart", "sources",
                                 "article_ids", "origin"]

    public init() {}

    public func run(_ r: StoriesRequest, in db: Database) throws -> ResultTable {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if !r.all { conditions.append("s.articles >= 2") }
        if let query = r.query {
            guard let match = FTSQuery.literal(query) else { throw QueryError.emptySearch }
            conditions.append("""
                s.id IN (SELECT a.story_id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                         WHERE articles_fts MATCH ?)
                """)
            args.append(match)
        }
        args.append(r.limit)
        let rows: [Row]
        do {
            rows = try Row.fetchAll(db, sql: """
                SELECT s.id, s.title, s.articles, s.first_published, s.last_published, s.origin_article_id,
                       CAST(julianday(substr(s.last_published, 1, 10)) - julianday(substr(s.first_published, 1, 10)) AS INTEGER) AS days_apart,
                       (SELECT group_concat(name, '|') FROM (SELECT DISTINCT src.name FROM articles a JOIN sources src ON src.id = a.source_id
                                                            WHERE a.story_id = s.id ORDER BY src.name)) AS sources,
                       (SELECT group_concat(id) FROM (SELECT id FROM articles WHERE story_id = s.id
                                                      ORDER BY published IS NULL, published, id)) AS article_ids
                FROM stories s
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY s.articles DESC, s.last_published DESC, s.id
                LIMIT ?
                """, arguments: StatementArguments(args))
        } catch let error as DatabaseError {
            throw Search.translate(error)
        }
        return ResultTable(columns: Self.columns, rows: rows.map { row in
            [.integer(row["id"]), SQLQuery.value(row["title"] as DatabaseValue), .integer(row["articles"]),
             SQLQuery.value(row["first_published"] as DatabaseValue), SQLQuery.value(row["last_published"] as DatabaseValue),
             SQLQuery.value(row["days_apart"] as DatabaseValue),
             .list(((row["sources"] as String?) ?? "").split(separator: "|").map { .text(String($0)) }),
             .list(((row["article_ids"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }.map { .integer($0) }),
             SQLQuery.value(row["origin_article_id"] as DatabaseValue)]
        })
    }
}
