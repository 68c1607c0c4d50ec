import ArchiveIngest
import GRDB

/// Inserts one article row (the FTS index follows through its trigger).
enum ArticleInsertion {
    static func insert(_ e: Extraction, sourceID: Int64?, storyID: Int64? = nil, ingestedAt: String, in db: Database) throws -> Int64 {
        let a = e.article
        var insert = try DirectStatement("""
            INSERT INTO articles(doc_key, path, url, kind, title, published, date_source, source_id, section,
                                 dateline, byline, captions, body, content_hash, encoding, word_count, ingested_at, extra, story_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for value: String? in [a.key, a.path, a.url, a.kind.rawValue, a.title, a.published, a.dateSource] { insert.add(value) }
        insert.add(sourceID)
        for value: String? in [a.section, a.dateline, a.byline, a.captions.isEmpty ? nil : a.captions.joined(separator: "\n\n"), a.body,
                      e.contentHash, a.encoding] {
            insert.add(value)
        }
        insert.add(e.wordCount)
        insert.add(ingestedAt)
        insert.add(a.extra)
        insert.add(storyID)
        try insert.run()
        return db.lastInsertedRowID
    }
}

/// Removes an article and everything derived from it (cascading foreign keys do the rest).
enum ArticleDeletion {
    static func delete(articleID: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [articleID])
    }
}

/// Writes what the extractors found about an article: people first (quotes and events point at
/// them), then quotes and events.
enum DerivedFactsInsertion {
    static func insert(_ e: Extraction, articleID: Int64, people cache: PersonCache, happenings: HappeningCache,
                       in db: Database) throws {
        let personIDs = try WriterProfile.measure("people") {
            try PeopleInsertion.insert(e.people, keys: e.personKeys, articleID: articleID, cache: cache, in: db)
        }
        try WriterProfile.measure("quotes") {
            try QuoteInsertion.insert(e.quotes, keys: e.quoteKeys, personIDs: personIDs, articleID: articleID, in: db)
        }
        try WriterProfile.measure("events") {
            try EventInsertion.insert(e.events, personIDs: personIDs, articleID: articleID, happenings: happenings, in: db)
        }
    }
}
