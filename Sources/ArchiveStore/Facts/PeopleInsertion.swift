import ArchiveIngest
import GRDB

/// Writes an article's people: resolves each to its archive-wide row, links it to the article
/// with its role and titles, and stores every mention's offsets.
enum PeopleInsertion {
    /// - Returns: the archive person id of each of `people`, in order.
    static func insert(_ people: [ArticlePerson], articleID: Int64, cache: PersonCache, in db: Database) throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(people.count)
        var link = try DirectStatement("""
            INSERT INTO article_people(article_id, person_id, role, name, title, mentions) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(article_id, person_id, role) DO UPDATE SET mentions = mentions + excluded.mentions,
                title = coalesce(title || '; ' || excluded.title, title, excluded.title)
            """, in: db)
        var mention = try DirectStatement("INSERT OR IGNORE INTO mentions(article_id, person_id, start, \"end\") VALUES (?, ?, ?, ?)", in: db)
        for person in people {
            let id = try PersonResolver.resolve(person, cache: cache, in: db)
            try PersonResolver.learn(person, id: id, cache: cache, in: db)
            ids.append(id)
            link.add(articleID)
            link.add(id)
            link.add(person.role.rawValue)
            link.add(person.name)
            link.add(person.titles.isEmpty ? nil : person.titles.joined(separator: "; "))
            link.add(person.mentions.count)
            try link.run()
            for span in person.mentions {
                mention.add(articleID)
                mention.add(id)
                mention.add(span.start)
                mention.add(span.end)
                try mention.run()
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
