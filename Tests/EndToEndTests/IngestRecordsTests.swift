import Foundation
import GRDB
import Testing

/// `archive ingest` on JSON and JSONL exports, including bad records.
@Suite struct IngestRecordsTests {
    let folder: TemporaryFolder
    let db: String
    let result: ArchiveCLI.Result

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("a.db")
        let records = try folder.copyFixtures("records", to: "records")
        result = try ArchiveCLI.run(["ingest", records, "--db", db])
    }

    @Test func badRecordsAreReportedAndTheRestIngested() throws {
        #expect(result.status == 1)
        #expect(result.stderr.contains("briefs.jsonl (line 3): malformed: record has no `body` or `text` string"))
        #expect(result.stderr.contains("briefs.jsonl (line 4): malformed JSON"))
        #expect(result.stderr.contains("array.json (item 2): malformed: not a JSON object"))
        #expect(result.stderr.contains("array.json (item 3)"))
        let count = try ArchiveCLI.database(db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }
        #expect(count == 5)
        #expect(result.stderr.contains("5 added"))
        #expect(result.stderr.contains("4 failed"))
    }

    @Test func fieldsAreMappedAndUnknownOnesKept() throws {
        let row = try #require(try ArchiveCLI.database(db).read { db in
            try Row.fetchOne(db, sql: """
                SELECT a.*, s.name AS source FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                WHERE a.url = 'https://news.example.org/chile-lithium'
                """)
        })
        #expect(row["title"] as String? == "Chile approves lithium royalty bill")
        #expect(row["published"] as String? == "2026-01-15")
        #expect(row["date_source"] as String? == "record")
        #expect(row["source"] as String? == "Reuters")
        #expect(row["section"] as String? == "Markets")
        #expect(row["kind"] as String? == "record")
        #expect(row["doc_key"] as String? == "https://news.example.org/chile-lithium")
        #expect(row["extra"] as String? == #"{"language":"en","tags":["mining","chile"]}"#)
        #expect((row["body"] as String).contains("\n\nFinance Minister Rodrigo Vial"))
    }

    @Test func alternativeFieldNamesAndTypes() throws {
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            let iceland = try #require(try Row.fetchOne(db, sql: """
                SELECT a.published, s.name AS source, a.body FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                WHERE a.url = 'https://news.example.org/iceland-tremors'
                """))
            #expect(iceland["published"] as String? == "2026-01-18T07:45:00Z")
            #expect(iceland["source"] as String? == "North Atlantic Wire")
            #expect((iceland["body"] as String).hasPrefix("Seismic activity"))
            let uruguay = try #require(try Row.fetchOne(db, sql: "SELECT published FROM articles WHERE url LIKE '%uruguay-wine'"))
            #expect(uruguay["published"] as String? == "2026-02-09")
            let noURL = try #require(try String.fetchOne(db, sql: "SELECT doc_key FROM articles WHERE title = 'Record without url'"))
            #expect(noURL.hasSuffix("briefs.jsonl#5"))
        }
    }
}

/// A later record of one ingest with the same `url` replaces the earlier one, even in the same
/// batch, before the batch's full-text rows are indexed.
@Suite struct RepeatedRecordTests {
    @Test func aRecordRepeatedInOneBatchReplacesTheFirstAndKeepsTheIndexesSound() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("a.db")
        let file = try folder.write("repeat.jsonl", """
            {"url": "https://news.example.org/cranes", "title": "Cranes idle at Valdora port", "body": "Cranes at the port of Valdora stood idle on Monday. \\"We will not move,\\" said union leader Tomas Brandt."}
            {"url": "https://news.example.org/cranes", "title": "Cranes restart at Valdora port", "body": "Cranes at the port of Valdora restarted on Tuesday after a wage deal. \\"The strike is over,\\" said union leader Tomas Brandt."}
            """)
        let result = try ArchiveCLI.run(["ingest", file, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        try ArchiveCLI.database(db).read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "SELECT title FROM articles") == ["Cranes restart at Valdora port"])
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'restarted'") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'idle'") == 0)
            #expect(try String.fetchAll(db, sql: "SELECT text FROM quotes WHERE kind = 'direct'") == ["The strike is over,"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'move'") == 0)
        }
        // FTS5's own consistency checks of both indexes fail on an index that lost track of its rows.
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        }
    }
}
