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
