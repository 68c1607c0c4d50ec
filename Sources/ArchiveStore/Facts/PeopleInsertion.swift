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
        for i in people.indices {
            let id = try PersonResolver.resolve(people[i], key: keys[i], cache: cache, in: db)
            try PersonResolver.learn(people[i], key: keys[i], id: id, cache: cache, in: db)
            ids.append(id)
        }
        let links = ArticlePeopleLinks(people, ids: ids)
        try Self.link.run(rows: links.rows.count, in: db) { row, i in
            let link = links.rows[i]
            row.add(articleID)
            row.add(link.person)
            row.add(link.role.rawValue)
            row.add(link.name)
            row.add(link.title)
            row.add(link.mentions)
            row.add(link.spans)
        }
        return ids
    }

    private static let link = MultiRowInsert(
        "INSERT INTO article_people(article_id, person_id, role, name, title, mentions, spans)", columns: 7)

    /// Removes people and happenings nothing refers to any more (after articles were replaced).
    static func removeOrphans(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM people WHERE id NOT IN (SELECT person_id FROM article_people);
            DELETE FROM happenings WHERE id NOT IN (SELECT happening_id FROM events WHERE happening_id IS NOT NULL);
            """)
        try StoryRefresh.removeOrphans(in: db)
    }
}
