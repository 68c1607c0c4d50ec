import ArchiveIngest
import GRDB

/// Writes an article's quotes, each linked to its speaker's archive person when known.
enum QuoteInsertion {
    static func insert(_ quotes: [ExtractedQuote], personIDs: [Int64], articleID: Int64, in db: Database) throws {
        guard !quotes.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO quotes(article_id, person_id, speaker, text, kind, cue, start, "end", text_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for q in quotes {
            let personID = q.personIndex.flatMap { personIDs.indices.contains($0) ? personIDs[$0] : nil }
            try statement.execute(arguments: [
                articleID, personID, q.speaker, q.text, q.kind.rawValue, q.cue, q.span.start, q.span.end, TextKey.of(q.text),
            ])
        }
    }
}

/// The words of a text, lower-cased and accent-folded, without punctuation: two articles that
/// carry the same quote with other quote marks or commas give the same key.
public enum TextKey {
    public static func of(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for s in PersonIdentity.key(text).unicodeScalars {
            if s == " " || s == "'" { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(s)
        }
        return String(out)
    }
}
