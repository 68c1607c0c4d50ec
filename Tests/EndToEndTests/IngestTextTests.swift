import Foundation
import GRDB
import Testing

/// `archive ingest` on seeds-like text articles, checked with SQL.
@Suite struct IngestTextTests {
    let folder: TemporaryFolder
    let db: String
    let result: ArchiveCLI.Result

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("a.db")
        let wire = try folder.copyFixtures("wire", to: "wire")
        result = try ArchiveCLI.run(["ingest", wire, "--db", db])
    }

    @Test func ingestsEveryArticleAndSucceeds() throws {
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("3 added"))
        let count = try ArchiveCLI.database(db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }
        #expect(count == 3)
    }

    @Test func wireStoryIsNormalized() throws {
        let row = try #require(try ArchiveCLI.database(db).read { db in
            try Row.fetchOne(db, sql: """
                SELECT a.*, s.name AS source FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                WHERE a.path LIKE '%harbor-dredging-wire.txt'
                """)
        })
        #expect(row["title"] as String? == "Ghana's Tema port to deepen harbour as cargo traffic surges, minister says")
        #expect(row["published"] as String? == "2026-03-03")
        #expect(row["source"] as String? == "Reuters")
        #expect(row["section"] as String? == "Africa")
        #expect(row["dateline"] as String? == "TEMA")
        #expect((row["path"] as String?)?.hasPrefix("/") == true)
        let body: String = row["body"]
        #expect(body.hasPrefix("TEMA, March 3 (Reuters) - Ghana will spend $300 million"))
        #expect(body.hasSuffix("expected to debate the loan next month."))
        for furniture in ["FILE PHOTO", "Follow us on", "Next In Africa", "Nigeria's inflation", "Others Also Read", "Reporting by"] {
            #expect(!body.contains(furniture), "furniture in body: \(furniture)")
        }
        let captions: String? = row["captions"]
        #expect(captions?.contains("Cranes unload containers at the port of Tema") == true)
        let byline: String? = row["byline"]
        #expect(byline?.contains("Yaw Darko") == true)
        #expect((row["content_hash"] as String?)?.count == 64)
    }

    @Test func rewriteKeepsHeaderDateAndDropsButtons() throws {
        let row = try #require(try ArchiveCLI.database(db).read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE path LIKE '%harbor-dredging-rewrite.txt'")
        })
        #expect(row["title"] as String? == "Ghana Plans $300 Million Harbour Expansion At Tema")
        #expect(row["published"] as String? == "2026-03-04")
        #expect(row["date_source"] as String? != nil)
        #expect(row["source_id"] as Int64? == nil)
        let body: String = row["body"]
        #expect(body.hasPrefix("Ghana plans to invest $300 million"))
        #expect(body.hasSuffix("still requires parliamentary approval."))
        for furniture in ["Share", "Read more", "Local News", "Wednesday, March 4, 2026"] {
            #expect(!body.contains(furniture), "furniture in body: \(furniture)")
        }
    }

    @Test func windows1252FileIsDecoded() throws {
        let row = try #require(try ArchiveCLI.database(db).read { db in
            try Row.fetchOne(db, sql: "SELECT title, body, encoding FROM articles WHERE path LIKE '%cp1252.txt'")
        })
        #expect(row["encoding"] as String? == "windows-1252")
        #expect((row["title"] as String?)?.contains("café") == true)
        #expect((row["body"] as String).contains("owners’ association"))
    }

    @Test func fullTextIndexIsInSync() throws {
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            let hits = try String.fetchAll(db, sql: """
                SELECT a.path FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH 'dredging' ORDER BY a.path
                """)
            #expect(hits.count == 2)
            // Diacritics folded: "cafe" finds "café".
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'cafe'") == 1)
            // Furniture is not indexed.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Nigeria'") == 0)
        }
    }

    @Test func offsetsOfTheBodyAreCodePoints() throws {
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            // substr() counts code points; the cleaner's body keeps "café" intact at a known offset.
            let body = try String.fetchOne(db, sql: "SELECT body FROM articles WHERE path LIKE '%cp1252.txt'") ?? ""
            let offset = Array(body.unicodeScalars).firstIndex(of: "é") ?? -1
            let sql = "SELECT substr(body, ? + 1, 1) FROM articles WHERE path LIKE '%cp1252.txt'"
            #expect(try String.fetchOne(db, sql: sql, arguments: [offset]) == "é")
        }
    }
}
