import ArchiveIngest
import GRDB

/// Writes an article's events with their people, and files each dated event under a happening:
/// the same happening told by another article (the same range and precision, a shared person and
/// some words in common) is joined; otherwise a new happening starts.
enum EventInsertion {
    static func insert(_ events: [ExtractedEvent], people: [ArticlePerson], personIDs: [Int64], articleID: Int64,
                       in db: Database) throws {
        guard !events.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO events(article_id, time_text, date_start, date_end, precision, summary, start, "end", happening_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let link = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_people(event_id, person_id) VALUES (?, ?)")
        let key = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO happening_keys(person_id, date_start, date_end, precision, happening_id) VALUES (?, ?, ?, ?, ?)
            """)
        for e in events {
            let ids = Set(e.personIndexes.compactMap { personIDs.indices.contains($0) ? personIDs[$0] : nil })
            var happening: Int64?
            if let start = e.dateStart, let precision = e.precision?.rawValue {
                let end = e.dateEnd ?? start
                happening = try HappeningMatcher.find(start: start, end: end, precision: precision, people: ids,
                                                      summary: e.summary, excludingArticle: articleID, in: db)
                if happening == nil {
                    try db.execute(sql: "INSERT INTO happenings(date_start, date_end, precision, summary) VALUES (?, ?, ?, ?)",
                                   arguments: [start, end, precision, e.summary])
                    happening = db.lastInsertedRowID
                }
                for id in ids { try key.execute(arguments: [id, start, end, precision, happening]) }
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
///
/// Candidates come from `happening_keys`: happenings with the same range and precision (how two
/// articles resolve the same "on Sunday" or "last week") that involve one of the event's people,
/// one index lookup per person. A candidate is taken when enough words are shared.
enum HappeningMatcher {
    /// Similar words: at least this share of the smaller summary's content words in common.
    static let minimumOverlap = 0.15

    static func find(start: String, end: String, precision: String, people: Set<Int64>, summary: String,
                     excludingArticle articleID: Int64, in db: Database) throws -> Int64? {
        guard !people.isEmpty else { return nil }
        let lookup = try db.cachedStatement(sql: """
            SELECT h.id, h.summary FROM happening_keys k JOIN happenings h ON h.id = k.happening_id
            WHERE k.person_id = ? AND k.date_start = ? AND k.date_end = ? AND k.precision = ?
            ORDER BY k.happening_id DESC LIMIT 8
            """)
        let words = contentWords(summary)
        var best: (Int64, Double)?
        for person in people {
            for row in try Row.fetchAll(lookup, arguments: [person, start, end, precision]) {
                let id: Int64 = row["id"]
                let overlap = similarity(words, contentWords(row["summary"]))
                if overlap >= minimumOverlap, best == nil || overlap > best!.1 { best = (id, overlap) }
            }
        }
        return best?.0
    }

    /// Lower-cased words longer than three letters, cut to six (a cheap stem), from one pass over UTF-8.
    static func contentWords(_ s: String) -> Set<String> {
        var out = Set<String>()
        var word: [UInt8] = []
        func flush() {
            if word.count > 3 { out.insert(String(decoding: word.prefix(6), as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for b in s.utf8 {
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128 {
                word.append(b)
            } else if b >= 65 && b <= 90 {
                word.append(b + 32)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(a.intersection(b).count) / Double(smaller)
    }
}
