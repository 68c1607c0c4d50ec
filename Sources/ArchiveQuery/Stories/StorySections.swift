import GRDB

/// The story part of `archive show`: the other articles that tell the same news, and where they
/// disagree with this one (publication dates days apart, a quote given to another speaker).
enum StorySections {
    /// Dates closer than this are the same day told in other time zones, not a disagreement.
    static let dateToleranceDays = 2

    static func load(_ id: Int64, in db: Database) throws -> [(title: String, table: ResultTable)] {
        let sql = SQLQuery()
        let others = try sql.run(sql: """
            SELECT o.id, o.published, src.name AS source, o.title,
                   CASE WHEN st.origin_article_id = o.id THEN 'origin' ELSE coalesce(l.kind, m.kind) END AS relation
            FROM articles a JOIN articles o ON o.story_id = a.story_id AND o.id <> a.id
            JOIN stories st ON st.id = a.story_id
            LEFT JOIN sources src ON src.id = o.source_id
            LEFT JOIN story_links l ON l.article_id = o.id
            LEFT JOIN story_links m ON m.article_id = a.id AND m.matched_article_id = o.id
            WHERE a.id = ? ORDER BY o.published IS NULL, o.published, o.id
            """, arguments: [id], in: db)
        let disagreements = try sql.run(sql: """
            SELECT 'published' AS field, a.published AS this, o.published AS other, o.id AS article,
                   CAST(abs(julianday(substr(o.published, 1, 10)) - julianday(substr(a.published, 1, 10))) AS INTEGER) || ' days apart' AS detail
            FROM articles a JOIN articles o ON o.story_id = a.story_id AND o.id <> a.id
            WHERE a.id = ?1 AND abs(julianday(substr(o.published, 1, 10)) - julianday(substr(a.published, 1, 10))) >= \(dateToleranceDays)
            UNION ALL
            SELECT 'speaker', coalesce(p1.name, q1.speaker), coalesce(p2.name, q2.speaker), q2.article_id, q1.text
            FROM quotes q1 JOIN articles a ON a.id = q1.article_id
            JOIN articles o ON o.story_id = a.story_id AND o.id <> a.id
            JOIN quotes q2 ON q2.article_id = o.id AND q2.text_key = q1.text_key
            LEFT JOIN people p1 ON p1.id = q1.person_id LEFT JOIN people p2 ON p2.id = q2.person_id
            WHERE q1.article_id = ?1 AND coalesce(p1.name, q1.speaker) IS NOT NULL AND coalesce(p2.name, q2.speaker) IS NOT NULL
              AND lower(coalesce(p1.name, q1.speaker)) <> lower(coalesce(p2.name, q2.speaker))
            """, arguments: [id], in: db)
        return [("Story", others), ("Disagreements", disagreements)]
    }
}
