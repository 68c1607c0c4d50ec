import ArchiveIngest
import GRDB

/// Writes an article's quotes, each linked to its speaker's archive person when known.
enum QuoteInsertion {
    static func insert(_ quotes: [ExtractedQuote], personIDs: [Int64], articleID: Int64, in db: Database) throws {
        guard !quotes.isEmpty else { return }
        var insert = try DirectStatement("""
            INSERT INTO quotes(article_id, person_id, speaker, text, kind, cue, start, "end", text_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for q in quotes {
            insert.add(articleID)
            insert.add(q.personIndex.flatMap { personIDs.indices.contains($0) ? personIDs[$0] : nil })
            insert.add(q.speaker)
            insert.add(q.text)
            insert.add(q.kind.rawValue)
            insert.add(q.cue)
            insert.add(q.span.start)
            insert.add(q.span.end)
            insert.add(TextKey.of(q.text))
            try insert.run()
        }
    }
}

/// The words of a text, lower-cased and accent-folded, without punctuation: two articles that
/// carry the same quote with other quote marks or commas give the same key.
public enum TextKey {
    public static func of(_ text: String) -> String {
        // Plain ASCII (most quotes) in one pass over bytes; anything else through the person-name folding.
        ASCIIText.foldedWords(text, keepingApostrophes: false) ?? words(PersonIdentity.key(text))
    }

    private static func words(_ key: String) -> String {
        key.split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
    }
}
