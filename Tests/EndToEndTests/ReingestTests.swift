import Foundation
import GRDB
import Testing

/// Identity: unchanged files change nothing, changed files replace their article, the same
/// content under another path is stored once.
@Suite struct ReingestTests {
    static let story = "Harbour pilots strike\n\nTEMA, Jan 8 (Reuters) - Harbour pilots at Tema walked off the job on Thursday over unpaid overtime, the pilots' union said.\n"

    @Test func unchangedFilesChangeNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", Self.story)
        let db = folder.path("a.db")
        #expect(try ArchiveCLI.run(["ingest", folder.path("in"), "--db", db]).status == 0)
        let before = try ArchiveCLI.database(db).read { try Row.fetchAll($0, sql: "SELECT * FROM articles") }
        let again = try ArchiveCLI.run(["ingest", folder.path("in"), "--db", db])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 added, 0 updated, 1 unchanged"))
        let after = try ArchiveCLI.database(db).read { try Row.fetchAll($0, sql: "SELECT * FROM articles") }
        #expect(before == after)
    }

    @Test func changedFileReplacesItsArticle() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in/a.txt", Self.story)
        let db = folder.path("a.db")
        #expect(try ArchiveCLI.run(["ingest", file, "--db", db]).status == 0)
        try folder.write("in/a.txt", Self.story.replacingOccurrences(of: "unpaid overtime", with: "night-shift bonuses"))
        let again = try ArchiveCLI.run(["ingest", file, "--db", db])
        #expect(again.stderr.contains("0 added, 1 updated"))
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'overtime'") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'bonuses'") == 1)
        }
        // FTS5's integrity check is a write statement; it throws when the index and the table disagree.
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        }
    }

    @Test func sameContentAtAnotherPathIsStoredOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", Self.story)
        try folder.write("in/copy/a-copy.txt", Self.story)
        let db = folder.path("a.db")
        let result = try ArchiveCLI.run(["ingest", folder.path("in"), "--db", db])
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 added"))
        #expect(result.stderr.contains("1 duplicate"))
        #expect(try ArchiveCLI.database(db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") } == 1)
    }

    @Test func jsonlRecordsAreIdentifiedByURL() throws {
        let folder = try TemporaryFolder()
        let line = #"{"title": "T", "body": "Pilots strike at Tema.", "url": "https://x.example/1"}"#
        try folder.write("a.jsonl", line + "\n")
        let db = folder.path("a.db")
        #expect(try ArchiveCLI.run(["ingest", folder.path("a.jsonl"), "--db", db]).status == 0)
        // The same record moved to another file, edited: it replaces the stored one.
        try folder.write("b.jsonl", line.replacingOccurrences(of: "Pilots strike", with: "Pilots return") + "\n")
        let again = try ArchiveCLI.run(["ingest", folder.path("b.jsonl"), "--db", db])
        #expect(again.stderr.contains("1 updated"))
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            #expect(try String.fetchAll(db, sql: "SELECT body FROM articles") == ["Pilots return at Tema."])
        }
    }
}
