import ArchiveIngest
import GRDB

/// Writes an article's people: resolves each to its archive-wide row, links it to the article
/// with its role and titles, and stores every mention's offsets.
enum PeopleInsertion {
    /// - Returns: the archive person id of each of `people`, in order.
    static func insert(_ people: [ArticlePerson], articleID: Int64, cache: PersonCache, in db: Database) throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(people.count)
        let link = try db.cachedStatement(sql: """
            INSERT INTO article_people(article_id, person_id, role, name, title, mentions) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(article_id, person_id, role) DO UPDATE SET mentions = mentions + excluded.mentions,
                title = coalesce(title || '; ' || excluded.title, title, excluded.title)
            """)
        let mention = try db.cachedStatement(sql: "INSERT OR IGNORE INTO mentions(article_id, person_id, start, \"end\") VALUES (?, ?, ?, ?)")
        for person in people {
            let id = try PersonResolver.resolve(person, cache: cache, in: db)
            try PersonResolver.learn(person, id: id, cache: cache, in: db)
            ids.append(id)
            let title: String? = person.titles.isEmpty ? nil : person.titles.joined(separator: "; ")
            try link.execute(arguments: [articleID, id, person.role.rawValue, person.name, title, person.mentions.count])
            for span in person.mentions {
                try mention.execute(arguments: [articleID, id, span.start, span.end])
            }
        }
        return ids
    }

    /// Removes people and happenings nothing refers to any more (after articles were replaced).
    static func removeOrphans(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM people WHERE id NOT IN (SELECT person_id FROM article_people);
            DELETE FROM happenings WHERE id NOT IN (SELECT happening_id FROM events WHERE happening_id IS NOT NULL);
            """)
        try StoryRefresh.removeOrphans(in: db)
    }
}
