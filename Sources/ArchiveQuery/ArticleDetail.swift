import Foundation
import GRDB

/// One article with its metadata, for `archive show`.
public struct ArticleDetail: Sendable {
    /// Metadata fields in display order (name, value), the body excluded.
    public var fields: [(String, OutputValue)]
    public var body: String
    /// Sections listed under the article (people, quotes, events, story), each as a table.
    public var sections: [(title: String, table: ResultTable)]

    /// Finds an article by id, or by the path (or url) it was ingested from.
    public static func find(_ reference: String, in db: Database) throws -> [Int64] {
        if let id = Int64(reference) {
            return try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE id = ?", arguments: [id])
        }
        let absolute = URL(fileURLWithPath: reference).standardizedFileURL.path
        return try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE path = ? OR path = ? OR url = ? OR doc_key = ? ORDER BY id",
                                  arguments: [absolute, reference, reference, reference])
    }

    public static func load(_ id: Int64, in db: Database) throws -> ArticleDetail {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.id, a.title, a.published, a.date_source, s.name AS source, a.section, a.dateline, a.byline,
                   a.url, a.path, a.kind, a.encoding, a.word_count, a.content_hash, a.ingested_at, a.captions, a.extra, a.body
            FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?
            """, arguments: [id]) else { throw QueryError.notFound("with id \(id)") }
        var fields: [(String, OutputValue)] = []
        for column in row.columnNames where column != "body" {
            fields.append((column, SQLQuery.value(row[column] as DatabaseValue)))
        }
        return ArticleDetail(fields: fields, body: row["body"], sections: try ArticleSections.load(id, in: db))
    }
}

/// The lists `archive show` prints under an article: its people, quotes and events, and its story.
enum ArticleSections {
    static func load(_ id: Int64, in db: Database) throws -> [(title: String, table: ResultTable)] {
        let sql = SQLQuery()
        return [
            ("People", try sql.run(sql: """
                SELECT ap.person_id AS id, p.name, ap.role, ap.title, ap.mentions
                FROM article_people ap JOIN people p ON p.id = ap.person_id
                WHERE ap.article_id = ? ORDER BY ap.role <> 'mentioned', ap.mentions DESC, p.name
                """, arguments: [id], in: db)),
            ("Quotes", try sql.run(sql: """
                SELECT q.kind, coalesce(p.name, q.speaker) AS speaker, q.cue, q.text, q.start, q."end"
                FROM quotes q LEFT JOIN people p ON p.id = q.person_id WHERE q.article_id = ? ORDER BY q.start
                """, arguments: [id], in: db)),
            ("Events", try sql.run(sql: """
                SELECT e.time_text, e.date_start, e.date_end, e.precision, e.summary
                FROM events e WHERE e.article_id = ? ORDER BY e.start
                """, arguments: [id], in: db)),
        ] + (try StorySections.load(id, in: db))
    }
}
