import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// 0011 moves every mention row onto its `article_people` row and replaces the table by a view:
/// an archive written before it must read the same mentions after it.
@Suite struct MentionSpansMigrationTests {
    @Test func anOlderArchiveKeepsEveryMention() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "0010_people_surname_first_name")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles(id, doc_key, path, kind, body, content_hash, word_count, ingested_at)
                VALUES (1, '/a', '/a', 'text', 'Ann Lee met Bo Chan. Lee smiled.', 'h1', 7, '2026-01-01T00:00:00Z');
                INSERT INTO people(id, name, name_key, surname_key) VALUES (1, 'Ann Lee', 'ann lee', 'lee'), (2, 'Bo Chan', 'bo chan', 'chan');
                INSERT INTO article_people(article_id, person_id, role, name, mentions) VALUES
                    (1, 1, 'mentioned', 'Ann Lee', 2), (1, 2, 'mentioned', 'Bo Chan', 1), (1, 2, 'author', 'Bo Chan', 0);
                INSERT INTO mentions(article_id, person_id, start, "end") VALUES (1, 1, 21, 24), (1, 1, 0, 7), (1, 2, 12, 19);
                INSERT INTO deferred_indexes(name, sql) VALUES ('mentions_person', 'CREATE INDEX mentions_person ON mentions(person_id)');
                """)
        }
        try Migrations.migrator.migrate(queue)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: #"SELECT article_id, person_id, start, "end" FROM mentions ORDER BY start"#)
            #expect(rows.map { [$0[0], $0[1], $0[2], $0[3]] as [Int64] } == [[1, 1, 0, 7], [1, 2, 12, 19], [1, 1, 21, 24]])
            let spans = try String.fetchAll(db, sql: "SELECT coalesce(spans, '-') FROM article_people ORDER BY person_id, role")
            #expect(spans == ["[[0,7],[21,24]]", "-", "[[12,19]]"])
            #expect(try db.viewExists("mentions"))
            #expect(try !db.tableExists("mentions"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM deferred_indexes") == 0)
            let body = try String.fetchAll(db, sql: #"SELECT substr(a.body, m.start + 1, m."end" - m.start) FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.start"#)
            #expect(body == ["Ann Lee", "Bo Chan", "Lee"])
        }
    }
}
