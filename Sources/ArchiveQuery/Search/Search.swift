import GRDB

/// Ranked full-text search over articles.
///
/// Two steps: rank with bm25 (title weighted 10x the body) and keep the page of hits, then compute
/// snippets for those rows only: `snippet()` is the costly part for common words.
public struct Search: Sendable {
    public static let columns = ["id", "published", "source", "title", "path", "snippet", "score"]
    /// With `collapse`: the story and the number of its other articles.
    public static let storyColumns = ["story_id", "others"]

    /// bm25 column weights: title, body, captions.
    static let weights = "10.0, 1.0, 0.5"

    public init() {}

    /// The MATCH expression and the ranking SQL with its arguments (for `--sql`).
    public func plan(_ r: SearchRequest) throws -> (match: String, sql: String, arguments: StatementArguments) {
        let match: String
        if r.raw {
            match = r.query
        } else {
            guard let m = FTSQuery.literal(r.query) else { throw QueryError.emptySearch }
            match = m
        }
        var filters: [String] = []
        var args: [DatabaseValueConvertible?] = [match]
        if let since = r.since { filters.append("a.published >= ?"); args.append(try DateBound.lower(since)) }
        if let until = r.until { filters.append("a.published <= ?"); args.append(try DateBound.upper(until)) }
        if let source = r.source { filters.append("s.name = ? COLLATE NOCASE"); args.append(source) }
        if let ids = r.personIDs {
            filters.append("a.id IN (SELECT article_id FROM article_people WHERE role = 'mentioned' AND person_id IN (\(PersonLookup.placeholders(ids))))")
            args += ids
        }
        args.append(r.limit)
        let sql: String
        if r.collapse {
            // Rank every match, keep each story's best hit (an article without a story is its own).
            sql = """
                WITH hits AS MATERIALIZED (
                    SELECT rowid AS id, bm25(articles_fts, \(Self.weights)) AS score FROM articles_fts WHERE articles_fts MATCH ?)
                SELECT id, published, source, title, path, score, story_id, others FROM (
                    SELECT a.id, a.published, s.name AS source, a.title, a.path, hits.score,
                           a.story_id, coalesce(st.articles, 1) - 1 AS others,
                           row_number() OVER (PARTITION BY coalesce(a.story_id, -a.id) ORDER BY hits.score, a.id) AS rank_in_story
                    FROM hits
                    JOIN articles a ON a.id = hits.id
                    LEFT JOIN sources s ON s.id = a.source_id
                    LEFT JOIN stories st ON st.id = a.story_id
                    \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ")))
                WHERE rank_in_story = 1
                ORDER BY score
                LIMIT ?
                """
        } else if filters.isEmpty {
            // Rank inside FTS5 alone, then join only the page of hits: joining every match first
            // costs ~30% more for a word found in most articles.
            sql = """
                SELECT a.id, a.published, s.name AS source, a.title, a.path, hits.score
                FROM (SELECT rowid AS id, bm25(articles_fts, \(Self.weights)) AS score
                      FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score LIMIT ?) AS hits
                JOIN articles a ON a.id = hits.id
                LEFT JOIN sources s ON s.id = a.source_id
                ORDER BY hits.score
                """
        } else {
            sql = """
                SELECT a.id, a.published, s.name AS source, a.title, a.path,
                       bm25(articles_fts, \(Self.weights)) AS score
                FROM articles_fts
                JOIN articles a ON a.id = articles_fts.rowid
                LEFT JOIN sources s ON s.id = a.source_id
                WHERE articles_fts MATCH ? AND \(filters.joined(separator: " AND "))
                ORDER BY score
                LIMIT ?
                """
        }
        return (match, sql, StatementArguments(args))
    }

    public func run(_ request: SearchRequest, in db: Database) throws -> ResultTable {
        var r = request
        if let person = r.person, r.personIDs == nil { r.personIDs = try PersonLookup.find(person, in: db) }
        let (match, sql, arguments) = try plan(r)
        var table = ResultTable(columns: Self.columns + (r.collapse ? Self.storyColumns : []), markedColumns: ["snippet"])
        do {
            let hits = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let snippet = try db.cachedStatement(sql: """
                SELECT snippet(articles_fts, -1, '\(Highlight.open)', '\(Highlight.close)', '…', 24)
                FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?
                """)
            for hit in hits {
                let id: Int64 = hit["id"]
                let text = try String.fetchOne(snippet, arguments: [match, id]) ?? ""
                var row: [OutputValue] = [
                    .integer(id), Self.value(hit["published"]), Self.value(hit["source"]), Self.value(hit["title"]),
                    Self.value(hit["path"]), .text(text), .real(-(hit["score"] as Double)),
                ]
                if r.collapse { row += [SQLQuery.value(hit["story_id"] as DatabaseValue), .integer(hit["others"])] }
                table.rows.append(row)
            }
        } catch let error as DatabaseError {
            throw Self.translate(error)
        }
        return table
    }

    static func value(_ s: String?) -> OutputValue { s.map { .text($0) } ?? .null }

    /// FTS5 syntax errors become a one-line message with a hint.
    static func translate(_ error: DatabaseError) -> Error {
        let message = error.message ?? "\(error.resultCode)"
        if message.contains("fts5") || message.contains("syntax error") || message.contains("no such column")
            || message.contains("unterminated") || message.contains("unknown special query") {
            return QueryError.badSearchSyntax(message)
        }
        return error
    }
}
