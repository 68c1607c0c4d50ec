import ArchiveIngest
import GRDB

/// Writes an article's events with their people, and files each dated event under a happening:
/// the same happening told by another article (the same date range and precision, and a shared
/// person with some words in common, or many words in common) is joined; otherwise a new
/// happening starts.
enum EventInsertion {
    static func insert(_ events: [ExtractedEvent], people: [ArticlePerson], personIDs: [Int64], articleID: Int64,
                       in db: Database) throws {
        guard !events.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO events(article_id, time_text, date_start, date_end, precision, summary, start, "end", happening_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let link = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_people(event_id, person_id) VALUES (?, ?)")
        for e in events {
            let ids = Set(e.personIndexes.compactMap { personIDs.indices.contains($0) ? personIDs[$0] : nil })
            var happening: Int64?
            if let start = e.dateStart, let precision = e.precision {
                let end = e.dateEnd ?? start
                happening = try HappeningMatcher.find(start: start, end: end, precision: precision.rawValue, people: ids,
                                                      summary: e.summary, excludingArticle: articleID, in: db)
                if happening == nil {
                    try db.execute(sql: "INSERT INTO happenings(date_start, date_end, precision, summary) VALUES (?, ?, ?, ?)",
                                   arguments: [start, end, precision.rawValue, e.summary])
                    happening = db.lastInsertedRowID
                }
            }
            try statement.execute(arguments: [
                articleID, e.timeText, e.dateStart, e.dateEnd ?? e.dateStart, e.precision?.rawValue, e.summary,
                e.span.start, e.span.end, happening,
            ])
            let eventID = db.lastInsertedRowID
            for id in ids { try link.execute(arguments: [eventID, id]) }
        }
    }
}

/// Decides whether an event is a happening another article already told.
enum HappeningMatcher {
    /// Similar words: at least this share of the smaller summary's content words in common.
    static let minimumOverlap = 0.3

    static func find(start: String, end: String, precision: String, people: Set<Int64>, summary: String,
                     excludingArticle articleID: Int64, in db: Database) throws -> Int64? {
        // Index lookups only: the same range at the same precision (how two articles resolve the
        // same "on Sunday" or "last week"), newest first, a bounded number of candidates.
        let candidates = try Row.fetchAll(db, sql: """
            SELECT e.happening_id, e.summary,
                   (SELECT group_concat(person_id) FROM event_people WHERE event_id = e.id) AS people
            FROM events e
            WHERE e.date_start = ? AND e.date_end = ? AND e.precision = ? AND e.article_id <> ?
              AND e.happening_id IS NOT NULL
            ORDER BY e.id DESC
            LIMIT 100
            """, arguments: [start, end, precision, articleID])
        let words = contentWords(summary)
        var best: (Int64, Double)?
        for row in candidates {
            let theirPeople = Set(((row["people"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) })
            let overlap = similarity(words, contentWords(row["summary"]))
            let sharesPerson = !people.isDisjoint(with: theirPeople)
            guard (sharesPerson && overlap >= minimumOverlap / 2) || overlap >= minimumOverlap * 2 else { continue }
            let score = overlap + (sharesPerson ? 0.5 : 0)
            if best == nil || score > best!.1 { best = (row["happening_id"], score) }
        }
        return best?.0
    }

    static func contentWords(_ s: String) -> Set<String> {
        Set(TextKey.of(s).split(separator: " ").filter { $0.count > 3 }.map { String($0.prefix(6)) })
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(a.intersection(b).count) / Double(smaller)
    }
}
