import ArchiveIngest
import GRDB

/// Writes an article's quotes, each linked to its speaker's archive person when known.
enum QuoteInsertion {
    /// - Parameter keys: each quote's `TextKey`.
    static func insert(_ quotes: [ExtractedQuote], keys: [String], personIDs: [Int64], articleID: Int64, in db: Database) throws {
        try Self.rows.run(rows: quotes.count, in: db) { row, i in
            let q = quotes[i]
            row.add(articleID)
            row.add(q.personIndex.flatMap { personIDs.indices.contains($0) ? personIDs[$0] : nil })
            row.add(q.speaker)
            row.add(q.text)
            row.add(q.kind.rawValue)
            row.add(q.cue)
            row.add(q.span.start)
            row.add(q.span.end)
            row.add(keys[i])
        }
    }

    private static let rows = MultiRowInsert(
        "INSERT INTO quotes(article_id, person_id, speaker, text, kind, cue, start, \"end\", text_key)", columns: 9)
}
