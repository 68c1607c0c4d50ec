import GRDB

/// What `archive timeline` asks for.
public struct TimelineRequest: Sendable {
    public var query: String?
    public var person: String?
    public var since: String?
    public var until: String?
    public var limit = 200

    public init() {}
}

/// `archive timeline`: dated happenings in chronological order, each once with every article
/// that told it, its people and its sources. `corroborated` counts the articles telling it that
/// another article of their own story tells too; 0 when no story tells it twice.
public struct TimelineQuery: Sendable {
    public static let columns = ["date_start", "date_end", "precision", "time_text", "summary", "people", "articles", "sources", "corroborated"]

    public init() {}

    public func run(_ r: TimelineRequest, in db: Database) throws -> ResultTable {
        var conditions = ["e.date_start IS NOT NULL"]
        var args: [DatabaseValueConvertible?] = []
        if let person = r.person {
            let ids = try PersonLookup.find(person, in: db)
            conditions.append("e.id IN (SELECT event_id FROM event_people WHERE person_id IN (\(PersonLookup.placeholders(ids))))")
            args += ids
        }
        if let query = r.query {
            for word in query.split(whereSeparator: { $0 == " " }) {
                conditions.append("e.summary LIKE ?")
                args.append("%\(word)%")
            }
        }
        if let since = r.since { conditions.append("e.date_end >= ?"); args.append(try DateBound.lower(since)) }
        if let until = r.until { conditions.append("e.date_start <= ?"); args.append(try DateBound.upper(until)) }
        args.append(r.limit)
        let groups = try Row.fetchAll(db, sql: """
            SELECT coalesce(e.happening_id, -e.id) AS grp, min(e.id) AS first_event, e.date_start, e.date_end, e.precision,
                   e.time_text, e.summary, group_concat(DISTINCT e.id) AS event_ids
            FROM events e
            WHERE \(conditions.joined(separator: " AND "))
            GROUP BY grp
            ORDER BY e.date_start, e.date_end, first_event
            LIMIT ?
            """, arguments: StatementArguments(args))
        var table = ResultTable(columns: Self.columns)
        for g in groups {
            let ids = ((g["event_ids"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }
            let list = ids.map(String.init).joined(separator: ",")
            let people = try String.fetchAll(db, sql: """
                SELECT DISTINCT p.name FROM event_people ep JOIN people p ON p.id = ep.person_id
                WHERE ep.event_id IN (\(list)) ORDER BY p.name
                """)
            let articles = try Row.fetchAll(db, sql: """
                SELECT DISTINCT a.id, a.story_id, s.name AS source FROM events e JOIN articles a ON a.id = e.article_id
                LEFT JOIN sources s ON s.id = a.source_id WHERE e.id IN (\(list)) ORDER BY a.published, a.id
                """)
            var perStory: [Int64: Int] = [:]
            for a in articles { if let story = a["story_id"] as Int64? { perStory[story, default: 0] += 1 } }
            let corroborated = perStory.values.filter { $0 > 1 }.reduce(0, +)
            table.rows.append([
                .text(g["date_start"]), SQLQuery.value(g["date_end"]), SQLQuery.value(g["precision"]), .text(g["time_text"]),
                .text(g["summary"]), .list(people.map { .text($0) }), .list(articles.map { .integer($0["id"]) }),
                .list(Array(Set(articles.compactMap { $0["source"] as String? })).sorted().map { .text($0) }),
                .integer(Int64(corroborated)),
            ])
        }
        return table
    }
}
