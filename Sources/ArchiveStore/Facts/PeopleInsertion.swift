import ArchiveIngest
import GRDB

/// Writes an article's people: resolves each to its archive-wide row, links it to the article
/// with its role and titles, and stores every mention's offsets.
enum PeopleInsertion {
    /// - Returns: the archive person id of each of `people`, in order.
    /// - Parameter keys: each person's `PersonIdentity.key`.
    static func insert(_ people: [ArticlePerson], keys: [String], articleID: Int64, cache: PersonCache, in db: Database) throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(people.count)
        var mentions: [(person: Int64, span: TextSpan)] = []
        // By index, not `zip`: its pairs are copies of each person (a retain for each of its fields).
        for i in people.indices {
            let id = try PersonResolver.resolve(people[i], key: keys[i], cache: cache, in: db)
            try PersonResolver.learn(people[i], key: keys[i], id: id, cache: cache, in: db)
            ids.append(id)
            for span in people[i].mentions { mentions.append((id, span)) }
        }
        try Self.link.run(rows: people.count, in: db) { row, i in
            let person = people[i]
            row.add(articleID)
            row.add(ids[i])
            row.add(person.role.rawValue)
            row.add(person.name)
            row.add(person.titles.isEmpty ? nil : person.titles.joined(separator: "; "))
            row.add(person.mentions.count)
        }
        try Self.mention.run(rows: mentions.count, in: db) { row, i in
            row.add(articleID)
            row.add(mentions[i].person)
            row.add(mentions[i].span.start)
            row.add(mentions[i].span.end)
        }
        return ids
    }

    /// A person listed twice with one role (two forms of one name) adds up its mentions and titles.
    private static let link = MultiRowInsert(
        "INSERT INTO article_people(article_id, person_id, role, name, title, mentions)", columns: 6,
        tail: """
            ON CONFLICT(article_id, person_id, role) DO UPDATE SET mentions = mentions + excluded.mentions,
                title = coalesce(title || '; ' || excluded.title, title, excluded.title)
            """)
    private static let mention = MultiRowInsert("INSERT OR IGNORE INTO mentions(article_id, person_id, start, \"end\")", columns: 4)

    /// Removes people and happenings nothing refers to any more (after articles were replaced).
    static func removeOrphans(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM people WHERE id NOT IN (SELECT person_id FROM article_people);
            DELETE FROM happenings WHERE id NOT IN (SELECT happening_id FROM events WHERE happening_id IS NOT NULL);
            """)
        try StoryRefresh.removeOrphans(in: db)
    }
}
