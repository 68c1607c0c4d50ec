import GRDB

/// What `archive quotes` asks for.
public struct QuotesRequest: Sendable {
    public var query: String?
    public var person: String?
    public var kind: String?
    public var since: String?
    public var until: String?
    public var limit = 50

    public init() {}
}

/// `archive quotes`: quotations, each listed once however many articles carry it (same words
/// after folding case and punctuation), with the number of articles. `corroborated` counts the
/// articles carrying it that another article of their own story carries too (several reports of
/// one story agree on it); 0 when no story has it twice.
public struct QuotesQuery: Sendable {
    public static let columns = ["id", "first_published", "speaker", "kind", "text", "articles", "corroborated", "article_ids"]

    public init() {}

    public func run(_ r: QuotesRequest, in db: Database) throws -> ResultTable {
        var joins = ""
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let query = r.query {
            guard let match = FTSQuery.literal(query) else { throw QueryError.emptySearch }
            joins = "JOIN quotes_fts f ON f.rowid = q.id"
            conditions.append("quotes_fts MATCH ?")
            args.append(match)
        }
        if let person = r.person {
            let ids = try PersonLookup.find(person, in: db)
            conditions.append("q.person_id IN (\(PersonLookup.placeholders(ids)))")
            args += ids
        }
        if let kind = r.kind { conditions.append("q.kind = ?"); args.append(kind) }
        if let since = r.since { conditions.append("a.published >= ?"); args.append(try DateBound.lower(since)) }
        if let until = r.until { conditions.append("a.published <= ?"); args.append(try DateBound.upper(until)) }
        args.append(r.limit)
        // min(q.id) makes SQLite take the other bare columns from the earliest stored copy.
        let rows = try Row.fetchAll(db, sql: """
            SELECT min(q.id) AS id, min(a.published) AS first_published, coalesce(p.name, q.speaker) AS speaker,
                   q.kind, q.text, count(DISTINCT q.article_id) AS articles, group_concat(DISTINCT q.article_id) AS article_ids,
                   (SELECT coalesce(sum(n), 0) FROM (
                        SELECT count(DISTINCT q2.article_id) AS n FROM quotes q2 JOIN articles a2 ON a2.id = q2.article_id
                        WHERE q2.text_key = q.text_key AND q2.kind = q.kind AND a2.story_id IS NOT NULL
                        GROUP BY a2.story_id HAVING n > 1)) AS corroborated
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id \(joins)
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            GROUP BY q.text_key, q.kind
            ORDER BY first_published, id
            LIMIT ?
            """, arguments: StatementArguments(args))
        return ResultTable(columns: Self.columns, rows: rows.map { r in
            [.integer(r["id"]), SQLQuery.value(r["first_published"]), SQLQuery.value(r["speaker"]), .text(r["kind"]),
             .text(r["text"]), .integer(r["articles"]), .integer(r["corroborated"]),
             .list(((r["article_ids"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }.map { .integer($0) })]
        })
    }
}
