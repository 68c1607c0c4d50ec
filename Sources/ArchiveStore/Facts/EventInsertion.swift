import ArchiveIngest
import GRDB

/// Writes an article's events with their people, and files each dated event under a happening:
/// the same happening told by another article (the same range and precision, a shared person and
/// some words in common) is joined; otherwise a new happening starts.
enum EventInsertion {
    static func insert(_ events: [ExtractedEvent], personIDs: [Int64], articleID: Int64,
                       happenings cache: HappeningCache, in db: Database) throws {
        guard !events.isEmpty else { return }
        var event = try DirectStatement("""
            INSERT INTO events(article_id, time_text, date_start, date_end, precision, summary, start, "end", happening_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        var key = try DirectStatement("""
            INSERT OR IGNORE INTO happening_keys(person_id, date_start, date_end, precision, happening_id) VALUES (?, ?, ?, ?, ?)
            """, in: db)
        var newHappening = try DirectStatement("INSERT INTO happenings(date_start, date_end, precision, summary) VALUES (?, ?, ?, ?)", in: db)
        var links: [(event: Int64, person: Int64)] = []
        for e in events {
            var ids: [Int64] = []
            for index in e.personIndexes where personIDs.indices.contains(index) && !ids.contains(personIDs[index]) {
                ids.append(personIDs[index])
            }
            var happening: Int64?
            if let start = e.dateStart, let precision = e.precision?.rawValue {
                let end = e.dateEnd ?? start
                // Only happenings with people are ever matched (`happening_keys` is per person).
                let words = ids.isEmpty ? [] : HappeningMatcher.contentWords(e.summary)
                happening = try HappeningMatcher.find(start: start, end: end, precision: precision, people: ids,
                                                      words: words, cache: cache, in: db)
                if happening == nil {
                    newHappening.add(start)
                    newHappening.add(end)
                    newHappening.add(precision)
                    newHappening.add(e.summary)
                    try newHappening.run()
                    happening = db.lastInsertedRowID
                    if !ids.isEmpty { cache.remember(words: words, of: db.lastInsertedRowID) }
                }
                for id in ids {
                    key.add(id)
                    key.add(start)
                    key.add(end)
                    key.add(precision)
                    key.add(happening)
                    try key.run()
                    if let happening {
                        cache.remember(key: .init(person: id, start: start, end: end, precision: precision), happening: happening)
                    }
                }
            }
            event.add(articleID)
            event.add(e.timeText)
            event.add(e.dateStart)
            event.add(e.dateEnd ?? e.dateStart)
            event.add(e.precision?.rawValue)
            event.add(e.summary)
            event.add(e.span.start)
            event.add(e.span.end)
            event.add(happening)
            try event.run()
            let eventID = db.lastInsertedRowID
            for id in ids { links.append((eventID, id)) }
        }
        try Self.link.run(rows: links.count, in: db) { row, i in
            row.add(links[i].event)
            row.add(links[i].person)
        }
    }

    /// Each event's people are distinct (see above), so nothing is ever ignored; `OR IGNORE` keeps
    /// a repeated id harmless should that change.
    private static let link = MultiRowInsert("INSERT OR IGNORE INTO event_people(event_id, person_id)", columns: 2)
}

/// Decides whether an event is a happening another article already told.
///
/// Candidates come from `happening_keys`: happenings with the same range and precision (how two
/// articles resolve the same "on Sunday" or "last week") that involve one of the event's people,
/// one index lookup per person. A candidate is taken when enough words are shared.
enum HappeningMatcher {
    /// Similar words: at least this share of the smaller summary's content words in common.
    static let minimumOverlap = 0.15

    static func find(start: String, end: String, precision: String, people: [Int64], words: Set<UInt64>,
                     cache: HappeningCache, in db: Database) throws -> Int64? {
        guard !people.isEmpty else { return nil }
        // In memory on a first import; else the key's own index answers the look-up. A happening's
        // summary is read only when the cache does not have its words (a happening of an earlier run).
        let keys = people.map { RunHappeningKeys.Key(person: $0, start: start, end: end, precision: precision) }
        if let remembered = cache.happenings(under: keys, limit: 8) { return try best(of: remembered, words: words, cache: cache, in: db) }
        var candidates: [Int64] = []
        var lookup = try DirectStatement("""
            SELECT happening_id FROM happening_keys
            WHERE person_id = ? AND date_start = ? AND date_end = ? AND precision = ?
            ORDER BY happening_id DESC LIMIT 8
            """, in: db)
        for person in people {
            lookup.add(person)
            lookup.add(start)
            lookup.add(end)
            lookup.add(precision)
            try lookup.forEachRow { candidates.append($0.int64(0)) }
        }
        return try best(of: candidates, words: words, cache: cache, in: db)
    }

    /// The candidate sharing the most words, at least `minimumOverlap`; the first of equals.
    private static func best(of candidates: [Int64], words: Set<UInt64>, cache: HappeningCache, in db: Database) throws -> Int64? {
        var best: (Int64, Double)?
        for id in candidates {
            let theirs: Set<UInt64>
            if let known = cache.words(of: id) {
                theirs = known
            } else {
                var summary = try DirectStatement("SELECT summary FROM happenings WHERE id = ?", in: db)
                summary.add(id)
                theirs = contentWords(try summary.firstText() ?? "")
                cache.remember(words: theirs, of: id)
            }
            let overlap = similarity(words, theirs)
            if overlap >= minimumOverlap, best == nil || overlap > best!.1 { best = (id, overlap) }
        }
        return best?.0
    }

    /// Lower-cased words longer than three letters, cut to six (a cheap stem), from one pass over
    /// UTF-8; each kept as a hash of its (at most six) bytes, so a summary's words cost no strings.
    static func contentWords(_ s: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325, length = 0
        func flush() {
            if length > 3 { out.insert(hash) }
            hash = 0xcbf2_9ce4_8422_2325
            length = 0
        }
        for b in s.utf8 {
            let byte: UInt8
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128 {
                byte = b
            } else if b >= 65 && b <= 90 {
                byte = b + 32
            } else {
                flush()
                continue
            }
            length += 1
            if length <= 6 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        flush()
        return out
    }

    static func similarity(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(a.intersection(b).count) / Double(smaller)
    }
}
